import type { ReactNode } from 'react';

export interface ShownFailure {
  /** A new key for each attempt, so the same failure twice is announced twice. */
  key: number;
  content: ReactNode;
}

/**
 * A form's submit button and, above it, why the last press failed. The alert region is on the page
 * before any failure, so a screen reader announces the failure when it appears. While `busy`, the
 * button stays in the tab order and says so (`aria-disabled`); the form ignores a second press.
 */
export function SubmitWithFailure({
  label,
  busy = false,
  failure,
  failureClassName,
}: {
  label: string;
  busy?: boolean;
  failure: ShownFailure | undefined;
  failureClassName?: string;
}) {
  return (
    <>
      <div role="alert" className={failureClassName}>
        {failure && (
          <div key={failure.key} className="panel">
            {failure.content}
          </div>
        )}
      </div>
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {label}
      </button>
    </>
  );
}
