import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  bundleSizes,
  dynamicImports,
  firstLoadFiles,
  gzipSize,
  staticImports,
  totalGzip,
} from '../../scripts/bench/firstLoadSize';
import html from './fixtures/index.html?raw';

const encoder = new TextEncoder();

/**
 * A build like Vite's: the page's script imports a shared chunk statically and the app with
 * `import()` (as src/boot.ts does once the page has painted); the app imports a screen lazily.
 */
function build(files: Record<string, string>): Map<string, Uint8Array> {
  return new Map(Object.entries(files).map(([file, text]) => [file, encoder.encode(text)]));
}

const assets = build({
  'index.html': html,
  'assets/index-a1.js':
    'import{a as e}from"./shared-f6.js";import"./side-effect-g7.js";' +
    'await import("./app-m2.js");console.log(e,import.meta.url);',
  'assets/app-m2.js':
    'import{v}from"./vendor-b2.js";const t=()=>import("./ResultScreen-h8.js");export{t,v};',
  'assets/vendor-b2.js': 'export const v=1;',
  'assets/shared-f6.js': 'export{d as a}from"./deep-i9.js";export*from"./vendor-b2.js";',
  'assets/side-effect-g7.js': 'window.x=1;',
  'assets/deep-i9.js': 'export const d=2;',
  'assets/ResultScreen-h8.js': 'import{a}from"./lazy-only-j0.js";export default a;',
  'assets/lazy-only-j0.js': 'export const a=3;',
  'assets/legacy-e5.js': 'var legacy=1;',
  'assets/index-c3.css': 'body{margin:0}',
  'assets/ResultScreen-k1.css': '.result{color:red}',
  'assets/font-d4.woff2': 'font',
});

describe('firstLoadFiles', () => {
  it('takes the page’s script, the app it imports, the modulepreloads and their static imports, never a lazy chunk', () => {
    expect(firstLoadFiles(html, assets)).toEqual({
      scripts: [
        'assets/index-a1.js',
        'assets/vendor-b2.js',
        'assets/shared-f6.js',
        'assets/side-effect-g7.js',
        'assets/app-m2.js',
        'assets/deep-i9.js',
      ],
      styles: ['assets/index-c3.css'],
    });
  });

  it('leaves out commented-out tags, nomodule scripts, fonts and other origins', () => {
    const { scripts, styles } = firstLoadFiles(html, assets);
    const all = [...scripts, ...styles];
    expect(all).not.toContain('assets/legacy-e5.js');
    expect(all).not.toContain('assets/font-d4.woff2');
    expect(all.some((file) => file.includes('other-origin'))).toBe(false);
    expect(all.some((file) => file.includes('ResultScreen'))).toBe(false);
  });

  it('finds static imports even when the entry has no modulepreload links', () => {
    const bare = '<script type="module" src="./assets/index-a1.js"></script>';
    expect(firstLoadFiles(bare, assets).scripts).toEqual([
      'assets/index-a1.js',
      'assets/shared-f6.js',
      'assets/side-effect-g7.js',
      'assets/app-m2.js',
      'assets/deep-i9.js',
      'assets/vendor-b2.js',
    ]);
  });

  it('resolves URLs under a base path and single-quoted or bare attributes', () => {
    const based =
      "<script type=module src='/rusmiddeltjek/assets/vendor-b2.js'></script>" +
      '<link rel=stylesheet href=/rusmiddeltjek/assets/index-c3.css>';
    expect(firstLoadFiles(based, assets)).toEqual({
      scripts: ['assets/vendor-b2.js'],
      styles: ['assets/index-c3.css'],
    });
  });
});

describe('staticImports', () => {
  it('reads import and export-from statements, not import() nor import.meta', () => {
    expect(
      staticImports(
        'import a from"./a.js";import*as b from "./b.js";import"./c.js";export{x}from"./d.js";' +
          'export*from"./e.js";import("./lazy.js");import.meta.url;import{y}from"react";',
      ),
    ).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js']);
  });
});

describe('dynamicImports', () => {
  it('reads import() with a written path, not static imports nor packages', () => {
    expect(
      dynamicImports(
        'import a from"./a.js";await import("./app.js");const l=()=>import(`./lazy.js`);' +
          'import(\'./quoted.js\');import("react");x.import("./method.js");',
      ),
    ).toEqual(['./app.js', './lazy.js', './quoted.js']);
  });
});

describe('bundleSizes', () => {
  it('gzips each file: first-load JS and CSS, and every JS file in the build', () => {
    const sizes = bundleSizes(html, assets);
    expect(sizes.firstLoadJs.map((f) => f.file)).toEqual(firstLoadFiles(html, assets).scripts);
    expect(sizes.firstLoadCss.map((f) => f.file)).toEqual(['assets/index-c3.css']);
    expect(sizes.allJs.map((f) => f.file)).toEqual([
      'assets/ResultScreen-h8.js',
      'assets/app-m2.js',
      'assets/deep-i9.js',
      'assets/index-a1.js',
      'assets/lazy-only-j0.js',
      'assets/legacy-e5.js',
      'assets/shared-f6.js',
      'assets/side-effect-g7.js',
      'assets/vendor-b2.js',
    ]);
    const entry = assets.get('assets/index-a1.js') ?? new Uint8Array();
    expect(sizes.firstLoadJs[0]).toEqual({
      file: 'assets/index-a1.js',
      bytes: entry.length,
      gzip: gzipSync(entry).length,
    });
    expect(totalGzip(sizes.firstLoadJs)).toBe(
      sizes.firstLoadJs.reduce((sum, file) => sum + file.gzip, 0),
    );
  });

  it('is deterministic', () => {
    const bytes = encoder.encode('export const a = 1;'.repeat(100));
    expect(gzipSize(bytes)).toBe(gzipSize(bytes));
    expect(gzipSize(bytes)).toBeLessThan(bytes.length);
  });
});
