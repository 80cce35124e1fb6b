import { Fragment, type ReactNode } from 'react';
import { Choice, type ChoiceInputProps } from './Choice';

export interface ChoiceOption {
  /** The option's code: the input's `value` and the end of its id (`<idPrefix>-<value>`). */
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Set apart by "or" above it, as GOV.UK sets apart "none of these". */
  apart?: boolean;
}

/** The id of an option's input: the error summary links to the first. */
export const choiceId = (idPrefix: string, value: string) => `${idPrefix}-${value}`;

/** Radio buttons (one answer) or checkboxes (any number), for a fieldset to hold. */
export function Choices({
  type,
  idPrefix,
  options,
  or,
  input,
}: {
  type: 'radio' | 'checkbox';
  idPrefix: string;
  options: readonly ChoiceOption[];
  /** The word that sets an option apart ("eller"). */
  or?: string;
  /** What each input takes besides its value: the form's `register(...)`, an `onChange`. */
  input: (value: string) => ChoiceInputProps;
}) {
  return (
    <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
      {options.map((option) => (
        <Fragment key={option.value}>
          {option.apart && or && <p className="choice-divider">{or}</p>}
          <Choice
            id={choiceId(idPrefix, option.value)}
            type={type}
            label={option.label}
            hint={option.hint}
            value={option.value}
            {...input(option.value)}
          />
        </Fragment>
      ))}
    </div>
  );
}
