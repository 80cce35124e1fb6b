import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/contentSecurityPolicy';
import {
  contentSecurityPolicyHeader,
  hashedPaths,
  headersFile,
  immutableCaching,
  revalidateCaching,
  revalidatedPaths,
  securityHeaders,
} from '../../scripts/securityHeaders';

const nginxConf = readFileSync('deploy/nginx.conf', 'utf8');

/** The server-wide `add_header Name "value" [always];` lines of deploy/nginx.conf, in order. */
function nginxHeaders(conf: string): { name: string; value: string; always: boolean }[] {
  return [...conf.matchAll(/^[ \t]*add_header (\S+) ("[^"]*"|\S+)( always)?;/gm)].map(
    ([, name = '', value = '', always]) => ({
      name,
      value: value.replace(/^"|"$/g, ''),
      always: always !== undefined,
    }),
  );
}

/** `_headers` as rules: each path with its headers. */
function headersRules(file: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('/')) {
      current = new Map();
      rules.set(line, current);
    } else {
      const [, name = '', value = ''] = /^ {2}([\w-]+): (.*)$/.exec(line) ?? [];
      current?.set(name, value);
    }
  }
  return rules;
}

describe('the headers a server sends', () => {
  it('carry the page’s own policy, with framing forbidden', () => {
    expect(contentSecurityPolicyHeader()).toBe(
      `${contentSecurityPolicy()}; frame-ancestors 'none'`,
    );
    const withCallback = contentSecurityPolicyHeader('https://api.example.dk');
    expect(withCallback).toBe(
      `${contentSecurityPolicy('https://api.example.dk')}; frame-ancestors 'none'`,
    );
    expect(withCallback).toContain("connect-src 'self' https://api.example.dk;");
  });

  it('are in deploy/nginx.conf exactly as scripts/securityHeaders.ts gives them, on every answer', () => {
    const inConf = nginxHeaders(nginxConf);
    expect(inConf.filter((header) => header.name !== 'Cache-Control')).toEqual(
      securityHeaders().map(([name, value]) => ({ name, value, always: true })),
    );
    // Set once for the whole server: a location with an add_header of its own would drop them.
    const locations = nginxConf.split(/^\s*location /m).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).not.toMatch(/add_header/);
  });

  it('in deploy/nginx.conf cache hashed files for a year and nothing else', () => {
    const map = /map \$uri \$rusmiddeltjek_cache_control \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    const entries = [...map.matchAll(/^\s*(\S+)\s+"([^"]*)";/gm)].map(([, key, value]) => [
      key,
      value,
    ]);
    expect(entries).toEqual([
      ['~^/assets/', immutableCaching],
      ['~^/workbox-[^/]+\\.js$', immutableCaching],
      ['default', revalidateCaching],
    ]);
    expect(nginxHeaders(nginxConf)).toContainEqual({
      name: 'Cache-Control',
      value: '$rusmiddeltjek_cache_control',
      always: false,
    });
  });

  it('are in _headers for every path, with the callback origin when one is configured', () => {
    const rules = headersRules(headersFile('https://api.example.dk'));
    expect(Object.fromEntries(rules.get('/*') ?? [])).toEqual(
      Object.fromEntries(securityHeaders('https://api.example.dk')),
    );
    expect(rules.get('/*')?.get('Content-Security-Policy')).toContain(
      "connect-src 'self' https://api.example.dk;",
    );
  });

  it('in _headers set Cache-Control on exact paths only, as hosts join two rules’ values', () => {
    const rules = headersRules(headersFile());
    expect(rules.get('/*')?.has('Cache-Control')).toBe(false);
    for (const path of hashedPaths)
      expect(rules.get(path)?.get('Cache-Control')).toBe(immutableCaching);
    for (const path of revalidatedPaths) {
      expect(rules.get(path)?.get('Cache-Control')).toBe(revalidateCaching);
    }
    expect(revalidatedPaths).toEqual(expect.arrayContaining(['/index.html', '/sw.js']));
  });
});
