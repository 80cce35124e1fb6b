import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin, ResolvedConfig } from 'vite';

/** The file Mock Service Worker registers, served from the site's root. */
export const mswWorkerFile = 'mockServiceWorker.js';

function workerSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve(`msw/${mswWorkerFile}`), 'utf8');
}

/**
 * Serves msw's worker script from node_modules on the development server, and emits it into a
 * build only in demo mode (`vite build --mode demo`): a real build never contains it. Copied, not
 * committed to public/, so it always matches the installed msw.
 */
export function mswWorkerPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'rusmiddeltjek:msw-worker',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      const path = `${server.config.base}${mswWorkerFile}`;
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== path) return next();
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.setHeader('Cache-Control', 'no-store');
        response.end(workerSource());
      });
    },
    generateBundle() {
      if (config?.command !== 'build' || config.mode !== 'demo') return;
      this.emitFile({ type: 'asset', fileName: mswWorkerFile, source: workerSource() });
    },
  };
}
