/** Where Vite asks which files to preload with a dynamic import (ResolveModulePreloadDependenciesFn). */
export interface PreloadHost {
  /** The chunk that imports (`assets/index-….js`), or the HTML file that loads an entry. */
  hostId: string;
  hostType: 'html' | 'js';
}

/** The page's only script, src/boot.ts: Vite names the entry chunk after index.html. */
const pageScript = /^assets\/index-[\w-]+\.js$/;

/**
 * The files Vite adds to the page as module preloads when a dynamic import starts
 * (`build.modulePreload.resolveDependencies`): all of them, except for the app that the page's
 * script imports after the first paint. Adding a dozen `<link rel="modulepreload">` elements was
 * itself a task of 150–250 ms at a 4× slowdown, just after the paint (docs/performance.md,
 * "Module preloads"). Without them the browser fetches the app's files as it finds their imports:
 * the app starts a little later on a slow line, while the page as served is already readable and
 * keeps any press for it (src/app/startApp.ts). Later imports (the journey, fetched ahead while
 * the person reads) keep their preloads, so that Start does not wait for one file after another.
 */
export function preloadedWith(_file: string, dependencies: string[], host: PreloadHost): string[] {
  return host.hostType === 'js' && pageScript.test(host.hostId) ? [] : dependencies;
}
