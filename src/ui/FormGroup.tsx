import type { ReactNode } from 'react';

/** A question's or field's group: marked (a red bar) while any of its fields has an error. */
export function FormGroup({
  invalid = false,
  className,
  children,
}: {
  invalid?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const classes = ['form-group', invalid && 'form-group--error', className].filter(Boolean);
  return <div className={classes.join(' ')}>{children}</div>;
}
