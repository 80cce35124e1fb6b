import type { ComponentProps } from 'react';
import { Field, type FieldProps } from './Field';

type InputProps = Omit<ComponentProps<'input'>, 'id' | 'aria-describedby' | 'aria-invalid'>;

/**
 * A one-line text or number field with its label, hint and error. Typing is not kept in the
 * browser's form history unless `autoComplete` says so, and nothing is spell-checked.
 */
export function TextInput({
  id,
  label,
  labelClassName,
  hint,
  error,
  invalid,
  width,
  ...input
}: FieldProps & InputProps & { width: 3 | 20 }) {
  return (
    <Field {...{ id, label, labelClassName, hint, error, invalid }}>
      {(control) => (
        <input
          {...control}
          className={`input input--width-${width}`}
          type="text"
          autoComplete="off"
          spellCheck={false}
          {...input}
        />
      )}
    </Field>
  );
}
