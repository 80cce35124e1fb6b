// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { commonJsAsModule, reactDomAsModulePlugin } from '../../scripts/commonJsAsModule';

const sample = [
  '"use strict";',
  'var path = require("node:path"),',
  '  util = require("node:util");',
  'function joined(a, b) { return path.posix.join(a, b); }',
  'var options = { module: true, type: "module" };',
  'exports.joined = joined;',
  'exports.kind = util.types.isDate(new Date()) ? options.type : "none";',
].join('\n');

/** Runs a converted module in Node and gives back what it exports. */
async function run(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<
    string,
    unknown
  >;
}

describe('commonJsAsModule', () => {
  it('turns the requires at its top into imports and its exports into named exports', async () => {
    const converted = commonJsAsModule(sample, 'sample.js');
    expect(converted).toContain('import path from "node:path";');
    expect(converted).toContain('import util from "node:util";');
    expect(converted).not.toMatch(/\brequire\(/);
    const module = await run(converted);
    expect(module.joined).toBeTypeOf('function');
    expect((module.joined as (a: string, b: string) => string)('a', 'b')).toBe('a/b');
    expect(module.kind).toBe('module');
  });

  it('leaves properties named module, exports or require alone', async () => {
    const code = 'var a = { exports: 1, require: 2 };\nexports.sum = a.exports + a.require;';
    expect((await run(commonJsAsModule(code, 'a.js'))).sum).toBe(3);
  });

  it.each([
    ['module.exports', 'module.exports = { a: 1 };'],
    ['a require inside a function', 'function f() { return require("x"); }\nexports.f = f;'],
    ['a require of a computed name', 'var n = "x", x = require(n);\nexports.x = x;'],
    ['a read of exports', 'exports.a = 1;\nvar b = exports.a;\nexports.b = b;'],
    ['exports written inside a branch', 'if (true) { exports.a = 1; }\nexports.b = 2;'],
    ['exports handed on', 'exports.a = 1;\nObject.freeze(exports);'],
  ])('refuses a file with %s, instead of half converting it', (_what, code) => {
    expect(() => commonJsAsModule(code, 'odd.js')).toThrow(/odd\.js/);
  });

  it('refuses a file that already uses the names the conversion makes', () => {
    expect(() =>
      commonJsAsModule('var commonJsExports_a = 1;\nexports.a = 2;', 'taken.js'),
    ).toThrow(/taken\.js: already names `commonJsExports_a`/);
  });

  it('refuses a file that exports nothing', () => {
    expect(() => commonJsAsModule('var a = require("x");', 'none.js')).toThrow(/no `exports/);
  });

  it('converts the React DOM file the build uses, with the names the app imports', () => {
    const require = createRequire(import.meta.url);
    const file = join(
      dirname(require.resolve('react-dom/client')),
      'cjs',
      'react-dom-client.production.js',
    );
    const converted = commonJsAsModule(readFileSync(file, 'utf8'), file);
    expect(parseSync('react-dom-client.mjs', converted, { sourceType: 'module' }).errors).toEqual(
      [],
    );
    expect(converted).toContain('import React from "react";');
    const exported = converted.match(/export \{ (.*) \};\n$/)?.[1];
    expect(exported?.split(', ').map((name) => name.split(' as ')[1])).toEqual([
      'createRoot',
      'hydrateRoot',
      'version',
    ]);
  });
});

describe('reactDomAsModulePlugin', () => {
  /** Where the plugin sends `react-dom/client` in a build with this NODE_ENV. */
  function resolvedInBuild(isProduction: boolean): unknown {
    const plugin = reactDomAsModulePlugin();
    const configResolved = plugin.configResolved as (config: { isProduction: boolean }) => void;
    const resolveId = plugin.resolveId as (source: string) => unknown;
    configResolved({ isProduction });
    return resolveId('react-dom/client');
  }

  it('uses the module form in a production build only: React DOM and React must both be production', () => {
    expect(resolvedInBuild(true)).toMatch(/react-dom\/cjs\/react-dom-client\.production\.js$/);
    expect(resolvedInBuild(false)).toBeUndefined();
  });
});
