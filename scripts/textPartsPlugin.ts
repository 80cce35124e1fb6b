import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { textPart, type TextPart } from '../src/i18n/textParts';

const parts: readonly string[] = ['start-page', 'result-page'] satisfies TextPart[];
// The module's own id names neither `.json` nor a query, so no JSON handling takes it for a file.
const prefix = '\0text-part:';

/** Changes a file's texts before they are split (the pseudo-locale: scripts/pseudoLocale.ts). */
export type TextsTransform = (
  file: string,
  texts: Record<string, unknown>,
) => Record<string, unknown>;

/**
 * `import texts from './ui.json?start-page'` (or `?result-page`): the part of a texts file that
 * src/i18n/textParts.ts names, as a module of its own, its texts first passed through `transform`.
 */
export function textPartsPlugin(transform?: TextsTransform): Plugin {
  return {
    name: 'rusmiddeltjek:text-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      const [file = '', query] = source.split('?');
      if (!file.endsWith('.json') || query === undefined || !parts.includes(query)) return null;
      const path = importer ? resolve(dirname(importer), file) : resolve(file);
      return `${prefix}${query}:${path.slice(0, -'.json'.length)}`;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const [part, ...rest] = id.slice(prefix.length).split(':');
      const file = `${rest.join(':')}.json`;
      this.addWatchFile(file);
      const read = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const texts = transform ? transform(file, read) : read;
      const chosen = textPart(basename(file, '.json'), texts, part as TextPart);
      return `export default ${JSON.stringify(chosen)};\n`;
    },
  };
}
