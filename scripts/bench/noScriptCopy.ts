import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the bench puts the start page without its scripts, inside the build it serves. */
export const noScriptPath = 'no-script/';

/**
 * The page with no script at all: every `<script>` element and every `modulepreload` link taken
 * out, the rest (the prerendered start page, its stylesheet, the icons) left as it is. It is the
 * physical limit the start page's Largest Contentful Paint is measured against.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>\s*/gi, '');
}

/** Writes the built start page without scripts to `no-script/index.html` in the build folder. */
export async function writeNoScriptCopy(outDir: string): Promise<string> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  await mkdir(join(outDir, noScriptPath), { recursive: true });
  await writeFile(join(outDir, noScriptPath, 'index.html'), withoutScripts(html));
  return noScriptPath;
}
