import { noteNewerVersionInstalled } from './staleVersion';

/** The service worker vite-plugin-pwa writes into a build (vite.config.ts), at the site's root. */
export const serviceWorkerFile = 'sw.js';

/**
 * Registers the service worker that keeps the app's own files for offline use (docs/deployment.md),
 * once the page has loaded, so it never competes with the first visit. Only in a real build: the
 * dev server has no worker, and the demo's origin belongs to Mock Service Worker.
 *
 * A new version takes over in the background and shows the next time the app is opened: the open
 * page is never reloaded, since the answers live only in its memory. When a newer worker takes over
 * a page an older one controlled (another tab installed it), the page's own files may be gone from
 * the cache: that is noted, so a file that then fails to load offline is explained (staleVersion.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'demo') return;
  if (!('serviceWorker' in navigator)) return;
  watchForNewerVersion(navigator.serviceWorker);
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker
      .register(`${base}${serviceWorkerFile}`, { scope: base })
      .catch((error: unknown) => {
        // Without it the app still works online; only offline use is lost.
        console.warn('The service worker could not be registered', error);
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Notes a newer worker taking over from the one that controlled this page (not a first install). */
export function watchForNewerVersion(container: ServiceWorkerContainer): void {
  // A partial implementation (or a test's stand-in) without events: nothing to watch.
  if (typeof container.addEventListener !== 'function') return;
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) noteNewerVersionInstalled();
    controlled = true;
  });
}
