import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/filesUnder';

/** What only the demo's stand-in (src/mocks/) would bring into a build. */
const demoOnly = [/msw/i, /mockServiceWorker/, /demo-banner/, /demo-callback/];
/** Files whose content is searched; the rest (the icons' PNG bytes) are checked by name only. */
const textFile = /\.(js|css|html|svg|json|webmanifest|txt)$/;

describe('the production build', () => {
  // dist/ is the build globalSetup.ts made for these journeys: the app as it ships.
  it('carries no Mock Service Worker: neither its code nor its worker script', () => {
    const files = filesUnder('dist');
    expect(
      files.some((file) => file.endsWith('.js')),
      'JavaScript in dist',
    ).toBe(true);
    const found = files.flatMap((file) => {
      const text = textFile.test(file) ? readFileSync(file, 'utf8') : '';
      return demoOnly
        .filter((pattern) => pattern.test(relative('dist', file)) || pattern.test(text))
        .map((pattern) => `${relative('dist', file)}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });
});
