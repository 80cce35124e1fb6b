import type { ComponentProps, ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { describedBy, errorId, hintId } from './fieldIds';

type FieldsetAttributes = Omit<ComponentProps<'fieldset'>, 'id' | 'aria-describedby' | 'className'>;

/**
 * A group of fields under one question (the legend), with its hint and its error linked to the
 * group by `aria-describedby`. `id` names the group: its hint and error take `<id>-hint` and
 * `<id>-error`. Other attributes (such as `data-item`) go on the fieldset.
 */
export function Fieldset({
  id,
  legend,
  legendClassName = 'fieldset__legend label',
  hint,
  error,
  afterLegend,
  children,
  ...attributes
}: FieldsetAttributes & {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown between the legend and the hint (the question page's "Læs op"). */
  afterLegend?: ReactNode;
}) {
  return (
    <fieldset
      {...attributes}
      className="fieldset"
      aria-describedby={describedBy(hint ? hintId(id) : undefined, error && errorId(id))}
    >
      <legend className={legendClassName}>{legend}</legend>
      {afterLegend}
      {hint && (
        <p id={hintId(id)} className="hint">
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={errorId(id)}>{error}</ErrorMessage>}
      {children}
    </fieldset>
  );
}
