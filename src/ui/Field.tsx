import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, errorId, hintId } from './fieldIds';

/** What ties a control to its label, hint and error: spread it on the input. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

export interface FieldProps {
  /** The control's id; its hint and error take `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the control invalid when its error is shown elsewhere (a question's, on its fieldset). */
  invalid?: boolean;
}

/** A labelled control with its hint and its error, each linked by `aria-describedby`. */
export function Field({
  id,
  label,
  labelClassName = 'label',
  hint,
  error,
  invalid,
  children,
}: FieldProps & { children: (control: FieldControl) => ReactNode }) {
  return (
    <>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint && (
        <p id={hintId(id)} className="hint">
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={errorId(id)}>{error}</ErrorMessage>}
      {children({
        id,
        'aria-describedby': describedBy(hint ? hintId(id) : undefined, error && errorId(id)),
        'aria-invalid': invalid ?? !!error,
      })}
    </>
  );
}
