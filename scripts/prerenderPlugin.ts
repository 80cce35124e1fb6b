import { createServer, type Plugin } from 'vite';
import { defaultLanguage, languages, type Language } from '../src/i18n/languages';
import type { RenderedStartPage, renderStartPage } from '../src/prerender';
import { pseudoMode, pseudoTextsOf } from './pseudoLocale';
import { textPartsPlugin } from './textPartsPlugin';

/** Where each language's start page is served: the default at the root, every other under its code. */
export function startPagePath(language: Language): string {
  return language === defaultLanguage ? 'index.html' : `${language}/index.html`;
}

const rootMarker = '<div id="root"><!--start-page--></div>';
// index.html's description, across lines as Prettier writes it; the page's own replaces it.
const description = /<meta\s+name="description"\s+content="[^"]*"\s*\/>/;

/**
 * The built index.html with the start page in it: its markup inside `#root` (marked with the
 * language, for main.tsx to hydrate), the page's language on `<html>`, the start page's title and
 * the app's description in that language (`app.description` in the texts).
 * Throws when index.html lacks what it fills in, so a changed index.html cannot ship unrendered.
 */
export function pageWithStartPage(html: string, page: RenderedStartPage): string {
  if (!html.includes(rootMarker)) throw new Error(`index.html has no ${rootMarker}`);
  if (!/<html lang="[^"]*">/.test(html)) throw new Error('index.html has no <html lang="…">');
  if (!/<title>[^<]*<\/title>/.test(html)) throw new Error('index.html has no <title>');
  if (!description.test(html)) throw new Error('index.html has no <meta name="description">');
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${page.language}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(page.title)}</title>`)
    .replace(description, () => `<meta name="description" content="${escape(page.description)}" />`)
    .replace(
      rootMarker,
      () => `<div id="root" data-prerendered="${page.language}">${page.markup}</div>`,
    );
}

/**
 * Renders the start page into the built index.html, in Danish, and writes the English one to
 * en/index.html (docs/architecture.md). The HTML as served is then the start page itself: readable,
 * with quick exit and the urgent numbers, before any script has run or where none runs. The pages
 * are rendered by React's server renderer through a Vite server of their own (for TypeScript and
 * the texts' `?start-page` imports), with the build's compile-time constants.
 */
export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let define: Record<string, unknown> = {};
  let mode = '';
  return {
    name: 'rusmiddeltjek:prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      define = config.define ?? {};
      mode = config.mode;
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const html =
        typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'error',
        appType: 'custom',
        define,
        // In `--mode pseudo` the English start page is rendered in the pseudo-locale.
        plugins: [textPartsPlugin(mode === pseudoMode ? pseudoTextsOf : undefined)],
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          renderStartPage: typeof renderStartPage;
        };
        for (const language of languages) {
          const page = pageWithStartPage(html, await module.renderStartPage(language));
          const fileName = startPagePath(language);
          if (fileName === 'index.html') index.source = page;
          else this.emitFile({ type: 'asset', fileName, source: page });
        }
      } finally {
        await server.close();
      }
    },
  };
}
