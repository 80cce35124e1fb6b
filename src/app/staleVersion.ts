/**
 * An open page can outlive its own files: after a deploy the server has only the new version's
 * chunks, and after another tab installed a new service worker the old ones are gone from its cache
 * too. A page that then needs one more chunk (the English texts, the result page) cannot get it.
 * This module notices that, so the page can say so (StaleVersionNotice) instead of doing nothing.
 */

/** Why a file of this version could not be loaded. */
export type StaleReason =
  /** Online, yet the file is gone: a newer version has replaced this one. */
  | 'updated'
  /** Offline, and the file is not in the cache. */
  | 'offline'
  /** Offline, after another tab installed a newer version (which cleared this one's files). */
  | 'offlineUpdated';

/** How browsers word a dynamic import or a preload that failed to load. */
const missingAssetMessages = [
  /dynamically imported module/i, // Chromium, Firefox
  /importing a module script failed/i, // Safari
  /unable to preload css/i, // Vite's own preload helper
];

/** An error that says a script or style of this build could not be fetched. */
export function isMissingAssetError(error: unknown): boolean {
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return message !== undefined && missingAssetMessages.some((pattern) => pattern.test(message));
}

/** Why the file is missing, from what the page knows at that moment. */
export function staleReason({
  online,
  newerInstalled,
}: {
  online: boolean;
  newerInstalled: boolean;
}): StaleReason {
  if (online) return 'updated';
  return newerInstalled ? 'offlineUpdated' : 'offline';
}

let reason: StaleReason | undefined;
let newerInstalled = false;
const listeners = new Set<() => void>();

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** What the page knows now: undefined while every file it needed has loaded. */
export function currentStaleReason(): StaleReason | undefined {
  return reason;
}

export function subscribeStaleReason(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A newer service worker took over this page (another tab installed it). */
export function noteNewerVersionInstalled(): void {
  newerInstalled = true;
}

/**
 * Tells the page a load failed, if `error` is a missing file (returns whether it was). Other
 * errors are not this module's to explain.
 */
export function reportLoadFailure(error: unknown): boolean {
  if (!isMissingAssetError(error)) return false;
  reason = staleReason({ online: isOnline(), newerInstalled });
  for (const listener of listeners) listener();
  return true;
}

/** Forgets what was reported (tests, and a page that starts afresh). */
export function resetStaleVersion(): void {
  reason = undefined;
  newerInstalled = false;
  for (const listener of listeners) listener();
}

/**
 * Listens for files that fail to load anywhere in the page: Vite's `vite:preloadError` (a lazy
 * chunk or its CSS) and a rejected dynamic import nobody caught. Returns how to stop listening.
 */
export function watchForMissingAssets(target: Window = window): () => void {
  const preloadError = (event: Event) => {
    reportLoadFailure((event as Event & { payload?: unknown }).payload);
  };
  const unhandled = (event: PromiseRejectionEvent) => {
    reportLoadFailure(event.reason);
  };
  target.addEventListener('vite:preloadError', preloadError);
  target.addEventListener('unhandledrejection', unhandled);
  return () => {
    target.removeEventListener('vite:preloadError', preloadError);
    target.removeEventListener('unhandledrejection', unhandled);
  };
}

/** The reload the notice offers; an object, so a test can stand in for the browser's own. */
export const pageReload = {
  reload: (): void => window.location.reload(),
};
