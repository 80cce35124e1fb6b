import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyHeader,
  headersFile,
  immutableCaching,
  revalidateCaching,
  securityHeaders,
} from '../../scripts/securityHeaders';
import { answerStep, clickStart } from './answering';
import { startFramingSite, type FramingSite } from './framingPage';
import { expectNoAxeViolations, useBrowser } from './journey';
import { startNginx, type Nginx } from './nginx';
import { expectStart, expectStep } from './screens';
import { uiTexts } from './texts';

/*
 * The built dist/ (tests/browser/globalSetup.ts) served by Debian's nginx with deploy/nginx.conf,
 * as a deployment would serve it (scripts/ensure-nginx.sh installs nginx when it is missing).
 */

let nginx: Nginx | undefined;
let framing: FramingSite | undefined;
beforeAll(async () => {
  nginx = await startNginx();
  framing = await startFramingSite();
});
afterAll(async () => {
  await nginx?.stop();
  await framing?.close();
});

function served(path: string): string {
  if (!nginx) throw new Error('nginx has not started');
  return new URL(path, nginx.url).toString();
}

/** The meta policy in the page as served. */
function metaPolicy(html: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('The served page has no meta policy');
  return policy.replace(/&#39;|&apos;/g, "'");
}

describe('the app served by nginx with deploy/nginx.conf', () => {
  const browser = useBrowser();

  it('sends every header with the page, a hashed asset, the service worker and the manifest', async () => {
    const page = await fetch(served('/'));
    const html = await page.text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    if (!script) throw new Error('The served page names no hashed script');
    expect(page.headers.get('Content-Security-Policy'), 'the meta policy, framing forbidden').toBe(
      `${metaPolicy(html)}; frame-ancestors 'none'`,
    );
    expect(metaPolicy(html)).not.toContain('frame-ancestors');
    expect(page.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader());

    const expected: [path: string, type: string, caching: string][] = [
      ['/', 'text/html', revalidateCaching],
      ['/index.html', 'text/html', revalidateCaching],
      ['/a/path/the/app/does/not/have', 'text/html', revalidateCaching],
      [script, 'application/javascript', immutableCaching],
      ['/sw.js', 'application/javascript', revalidateCaching],
      ['/manifest.webmanifest', 'application/manifest+json', revalidateCaching],
    ];
    for (const [path, type, caching] of expected) {
      const response = await fetch(served(path));
      expect(response.status, path).toBe(200);
      for (const [name, value] of securityHeaders()) {
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
      expect(response.headers.get('Content-Type')?.split(';')[0], path).toBe(type);
      expect(response.headers.get('Cache-Control'), path).toBe(caching);
    }

    const missing = await fetch(served('/assets/gone-0000.js'));
    expect(missing.status, 'a missing script is not the page').toBe(404);
    expect(missing.headers.get('X-Frame-Options')).toBe('DENY');
    expect(missing.headers.get('Cache-Control'), 'a 404 is not kept for a year').toBeNull();
    expect((await fetch(served('/_headers'))).status).toBe(404);
  });

  it('has, for static hosts, the same headers in the _headers file the build wrote', async () => {
    expect(await readFile('dist/_headers', 'utf8')).toBe(headersFile());
  });

  it('runs a journey to quick exit under those headers, with the worker, no violation or policy error', async () => {
    const ui = uiTexts.da;
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Permissions-Policy|Permissions Policy/i.test(message.text())) {
          problems.push(message.text());
        }
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(served('/'));
      await expectStart(page, ui);
      await page.evaluate(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective}`);
        });
      });
      // The worker is served under the header policy too: it installs (precaching every file) and takes over.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(
        await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL),
        'the service worker controls the page',
      ).toBe(served('/sw.js'));
      await expectNoAxeViolations(page, 'the start page through nginx');
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await expectStep(page, 'age-group');
      await expectNoAxeViolations(page, 'a question through nginx');
      await page.getByRole('link', { name: ui.quickExit.button, exact: true }).click();
      await page.waitForURL('about:blank');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('cannot be shown inside another site', async () => {
    if (!framing) throw new Error('The framing site has not started');
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const refused = page.waitForEvent('console', (message) =>
        message.text().includes("frame-ancestors 'none'"),
      );
      await page.goto(framing.pageFraming(served('/')));
      await refused;
      const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
      expect(frame?.url()).not.toBe(served('/'));
      expect(await page.frameLocator('iframe').locator('#root').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
