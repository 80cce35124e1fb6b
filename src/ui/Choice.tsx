import type { ComponentProps, ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, errorId, hintId } from './fieldIds';

export type ChoiceInputProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'className' | 'aria-describedby' | 'aria-invalid'
>;

/**
 * One radio button or checkbox with its label and hint. A checkbox that stands alone (a consent)
 * may carry its own error, shown above it and linked to it.
 */
export function Choice({
  id,
  type,
  label,
  hint,
  error,
  className,
  ...input
}: ChoiceInputProps & {
  id: string;
  type: 'radio' | 'checkbox';
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Added to the choice's own class, for where it sits on the page. */
  className?: string;
}) {
  return (
    <>
      {error && <ErrorMessage id={errorId(id)}>{error}</ErrorMessage>}
      <div className={className ? `choice ${className}` : 'choice'}>
        <input
          id={id}
          className="choice__input"
          type={type}
          aria-describedby={describedBy(hint ? hintId(id) : undefined, error && errorId(id))}
          aria-invalid={error ? true : undefined}
          {...input}
        />
        <label htmlFor={id} className="choice__label">
          {label}
        </label>
        {hint && (
          <p id={hintId(id)} className="hint choice__hint">
            {hint}
          </p>
        )}
      </div>
    </>
  );
}
