import { useId, type ReactNode } from 'react';

/**
 * A button that shows and hides a panel below it (the WAI-ARIA disclosure pattern): the button says
 * whether the panel is open, and points to it while it is.
 */
export function Disclosure({
  label,
  open,
  onToggle,
  className,
  children,
}: {
  label: ReactNode;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The block's class; its toggle and panel take `<class>__toggle` and `<class>__panel`. */
  className: string;
  children: ReactNode;
}) {
  const panelId = `${useId()}-panel`;
  return (
    <div className={className}>
      <button
        type="button"
        className={`link-button ${className}__toggle`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => onToggle(!open)}
      >
        {label}
      </button>
      {open && (
        <div id={panelId} className={`${className}__panel`}>
          {children}
        </div>
      )}
    </div>
  );
}
