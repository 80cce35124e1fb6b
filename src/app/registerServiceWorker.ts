/** The service worker vite-plugin-pwa writes into a build (vite.config.ts), at the site's root. */
export const serviceWorkerFile = 'sw.js';

/**
 * Registers the service worker that keeps the app's own files for offline use (docs/deployment.md),
 * once the page has loaded, so it never competes with the first visit. Only in a real build: the
 * dev server has no worker, and the demo's origin belongs to Mock Service Worker.
 *
 * A new version takes over in the background and shows the next time the app is opened: the open
 * page is never reloaded, since the answers live only in its memory.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'demo') return;
  if (!('serviceWorker' in navigator)) return;
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
