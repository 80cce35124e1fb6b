import { useSyncExternalStore } from 'react';

/**
 * What the polite live region says when the page changes: the page's name (its progress on a
 * question, never the question itself), so a screen reader hears where it is even if focus is lost.
 */
let announcement = '';
const listeners = new Set<() => void>();

export function announcePage(text: string): void {
  if (text === announcement) return;
  announcement = text;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live region itself: one per app, visually hidden, in the layout. */
export function PageAnnouncer() {
  const text = useSyncExternalStore(
    subscribe,
    () => announcement,
    () => '',
  );
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-page-announcer>
      {text}
    </p>
  );
}
