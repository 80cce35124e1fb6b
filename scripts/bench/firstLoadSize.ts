import { gzipSync } from 'node:zlib';

/**
 * The files a browser fetches before the first interaction, from the built index.html alone and
 * the files it names: every script with a src (except nomodule), every stylesheet, every
 * modulepreload (and preload as script or style), and, for JS, each file's static imports and
 * re-exports, transitively. A page's script (src/boot.ts) waits for the first paint and then
 * imports the app with `import()`: the dynamic imports of the scripts the HTML names count too.
 * Every other `import()` is lazy and is left out.
 */
export interface FirstLoadFiles {
  /** Paths relative to the build folder ("assets/index-abc.js"), in the order found. */
  scripts: string[];
  styles: string[];
}

/** A file's size as shipped and gzipped. */
export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  firstLoadJs: FileSize[];
  firstLoadCss: FileSize[];
  allJs: FileSize[];
}

type Assets = ReadonlyMap<string, Uint8Array>;

/** The attributes of every `<name …>` start tag in the HTML, comments removed. */
function startTags(html: string, name: string): Map<string, string>[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags = withoutComments.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'));
  return [...tags].map(([, inside = '']) => {
    const attributes = new Map<string, string>();
    for (const [, key = '', double, single, bare] of inside.matchAll(
      /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attributes.set(key.toLowerCase(), double ?? single ?? bare ?? '');
    }
    return attributes;
  });
}

/**
 * The build file a URL in the page names: "/assets/a.js", "./assets/a.js" and, under a base path,
 * "/app/assets/a.js" all name "assets/a.js". Another origin, or a file not in the build, is none.
 */
function resolveAsset(url: string, fromFile: string, assets: Assets): string | undefined {
  const origin = 'http://build.invalid';
  const resolved = new URL(url, `${origin}/${fromFile}`);
  if (resolved.origin !== origin) return undefined;
  const path = decodeURIComponent(resolved.pathname).replace(/^\//, '');
  if (assets.has(path)) return path;
  return [...assets.keys()].find((file) => path.endsWith(`/${file}`));
}

/** `import … from "x"`, `import "x"`, `export … from "x"`; not `import("x")` nor `import.meta`. */
const staticImport =
  /(?<![\w$.])(?:import|export)\s*(?:[\w$*{][^"'`;()]*?\bfrom\s*)?["'`]([^"'`\n]+)["'`]/g;

/** The relative modules a built JS file imports statically. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(staticImport)]
    .map(([, specifier = '']) => specifier)
    .filter((specifier) => /^(\.{1,2})?\//.test(specifier));
}

/** `import("x")` with a literal specifier, as the page's script fetches the app. */
const dynamicImport = /(?<![\w$.])import\(\s*["'`]([^"'`\n]+)["'`]\s*\)/g;

/** The relative modules a built JS file imports with `import()`. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(dynamicImport)]
    .map(([, specifier = '']) => specifier)
    .filter((specifier) => /^(\.{1,2})?\//.test(specifier));
}

function rel(attributes: Map<string, string>): string[] {
  return (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
}

export function firstLoadFiles(html: string, assets: Assets): FirstLoadFiles {
  const scripts: string[] = [];
  const styles: string[] = [];
  const add = (list: string[], url: string | undefined, fromFile: string) => {
    const file = url === undefined ? undefined : resolveAsset(url, fromFile, assets);
    if (file !== undefined && !list.includes(file)) list.push(file);
  };
  for (const script of startTags(html, 'script')) {
    if (!script.has('nomodule')) add(scripts, script.get('src'), 'index.html');
  }
  const pageScripts = [...scripts];
  for (const link of startTags(html, 'link')) {
    const rels = rel(link);
    const as = link.get('as')?.toLowerCase();
    const href = link.get('href');
    if (rels.includes('stylesheet') || (rels.includes('preload') && as === 'style')) {
      add(styles, href, 'index.html');
    } else if (rels.includes('modulepreload') || (rels.includes('preload') && as === 'script')) {
      add(scripts, href, 'index.html');
    }
  }
  // The list grows while it is walked: each file's static imports are added once, in turn.
  const decoder = new TextDecoder();
  for (let index = 0; index < scripts.length; index += 1) {
    const file = scripts[index] ?? '';
    const code = decoder.decode(assets.get(file));
    for (const specifier of staticImports(code)) add(scripts, specifier, file);
    if (pageScripts.includes(file)) {
      for (const specifier of dynamicImports(code)) add(scripts, specifier, file);
    }
  }
  return { scripts, styles };
}

/** Gzip at zlib's default level, as a server compresses on the fly and Vite's report counts. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).length;
}

export function totalGzip(files: readonly FileSize[]): number {
  return files.reduce((sum, file) => sum + file.gzip, 0);
}

/** The sizes of what loads before the first interaction, and of all the JS, in a build. */
export function bundleSizes(html: string, assets: Assets): BundleSizes {
  const size = (file: string): FileSize => {
    const bytes = assets.get(file) ?? new Uint8Array();
    return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
  };
  const { scripts, styles } = firstLoadFiles(html, assets);
  const allJs = [...assets.keys()].filter((file) => /\.m?js$/.test(file)).sort();
  return {
    firstLoadJs: scripts.map(size),
    firstLoadCss: styles.map(size),
    allJs: allJs.map(size),
  };
}
