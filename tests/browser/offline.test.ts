import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerStep, clickStart, reachNoneResult } from './answering';
import { runJourney, useBrowser, type Journey } from './journey';
import { expectResultShows, expectStart, expectStep } from './screens';
import { languageButton, uiTexts, type Language } from './texts';
import { filesUnder } from '../support/filesUnder';

// dist/ is the build globalSetup.ts made for these journeys: the app as it ships.
const serviceWorkerFile = 'sw.js';

/** The URLs (relative to the root) that the built service worker precaches. */
function precachedUrls(): string[] {
  const source = readFileSync(join('dist', serviceWorkerFile), 'utf8');
  return [...source.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1] ?? '');
}

/**
 * Waits until the service worker is active and controls the page (on a first visit, by claiming
 * it), and gives its script's URL.
 */
async function waitForServiceWorker(page: Page): Promise<string> {
  await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  const scriptUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
  expect(
    scriptUrl,
    'a service worker controls the page (src/app/registerServiceWorker.ts)',
  ).not.toBe('');
  return scriptUrl;
}

/** First visit online until the worker controls the page; then the network goes away. */
async function goOffline({ page, context, baseUrl }: Journey): Promise<void> {
  expect(await waitForServiceWorker(page)).toBe(new URL(serviceWorkerFile, baseUrl).toString());
  await context.setOffline(true);
  // Really offline: anything the worker did not precache cannot be fetched.
  const fetched = await page.evaluate(() =>
    fetch('/not-precached.txt').then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(fetched, 'a file that is not precached, offline').toBe('failed');
}

/** Every URL in the page's Cache Storage, without Workbox's revision parameter. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.toString());
      }
    }
    return urls.sort();
  });
}

/** The shortest whole journey: "none of these" to the result. */
async function noneJourney(page: Page, language: Language): Promise<void> {
  const ui = uiTexts[language];
  await reachNoneResult(page, ui);
  await expectResultShows(page, ui, { level: 'none', flags: [], sentence: ui.result.level.noUse });
}

/** The width of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG').toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the service worker in the build', () => {
  it('precaches every file the app is made of, and caches nothing at run time', () => {
    const built = filesUnder('dist')
      .map((file) => relative('dist', file).split('\\').join('/'))
      .filter((file) => file !== serviceWorkerFile && !/^workbox-[\w-]+\.js$/.test(file));
    expect(built.some((file) => /^assets\/en-.+\.js$/.test(file))).toBe(true);
    const appFile = /\.(js|css|html|svg|png|webmanifest)$/;
    expect([...precachedUrls()].sort()).toEqual(built.filter((file) => appFile.test(file)).sort());
    // Anything else is for other readers (robots.txt); a new kind of file the app loads (a font,
    // say) fails here until globPatterns in vite.config.ts takes it in.
    // `_headers` is the static host's (deploy/, docs/deployment.md), never the app's.
    expect(
      built.filter((file) => !appFile.test(file) && !file.endsWith('.txt') && file !== '_headers'),
    ).toEqual([]);
    const source = readFileSync(join('dist', serviceWorkerFile), 'utf8');
    // One route, the navigation fallback to index.html; no runtime caching strategy.
    expect(source.match(/registerRoute\(/g)).toHaveLength(1);
    expect(source).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)\)/);
    expect(source).not.toMatch(/CacheFirst|NetworkFirst|StaleWhileRevalidate|ExpirationPlugin/);
  });
});

describe('offline, after the first visit', () => {
  const browser = useBrowser();

  it('a reload serves the app, a whole journey runs in Danish, and the language switch works', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page, baseUrl } = journey;
      await expectStart(page, uiTexts.da);
      await goOffline(journey);

      const response = await page.reload();
      expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
      await expectStart(page, uiTexts.da);
      await noneJourney(page, 'da');

      // English was never loaded in this tab: its texts come from the precache.
      await page.getByRole('button', { name: languageButton.en, exact: true }).click();
      await page
        .getByText(uiTexts.en.result.level.noUse, { exact: true })
        .waitFor({ timeout: 5_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

      // Only the build's own files are cached: no answer, no page state.
      const precached = precachedUrls().map((url) => new URL(url, baseUrl).toString());
      expect(await cachedUrls(page)).toEqual([...new Set(precached)].sort());
    });
  });

  it('opens with ?lng=en and runs a whole journey in English', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page, baseUrl } = journey;
      await goOffline(journey);
      const response = await page.goto(new URL('?lng=en', baseUrl).toString());
      expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
      await expectStart(page, uiTexts.en);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await noneJourney(page, 'en');
    });
  });

  it('quick exit still leaves by replace, and Back shows the start page with no answer', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.da;
      await goOffline(journey);
      await page.reload();
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '25-35');
      const entries = await page.evaluate(() => window.history.length);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL('about:blank');
      expect(await page.evaluate(() => window.history.length), 'left by replace').toBe(entries);
      await page.goBack();
      await expectStart(page, ui);
      await clickStart(page, ui);
      await expectStep(page, 'audience');
      expect(await page.locator('fieldset[data-item="audience"] input:checked').count()).toBe(0);
    });
  });
});

describe('the web manifest', () => {
  const browser = useBrowser();

  it('is linked and served, valid to Chromium, installable, with icons that exist', async () => {
    await runJourney(browser(), {}, async ({ page, context, baseUrl }) => {
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('/manifest.webmanifest');
      const response = await page.request.get(new URL(href ?? '', baseUrl).toString());
      expect(response.status()).toBe(200);
      const manifest = JSON.parse(await response.text()) as {
        name: string;
        short_name: string;
        lang: string;
        start_url: string;
        display: string;
        theme_color: string;
        background_color: string;
        icons: { src: string; sizes: string; type: string; purpose?: string }[];
      };
      expect(manifest).toMatchObject({
        name: 'Rusmiddeltjek',
        short_name: 'Rusmiddeltjek',
        lang: 'da',
        start_url: '/',
        display: 'standalone',
        theme_color: '#1d3b53',
        background_color: '#ffffff',
      });
      const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
      expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any']));
      expect(sizes).toContain('512x512 maskable');
      const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      const icons = [
        ...manifest.icons,
        { src: appleIcon ?? '', sizes: '180x180', type: 'image/png' },
      ];
      for (const icon of icons) {
        const image = await page.request.get(new URL(icon.src, baseUrl).toString());
        expect(image.status(), icon.src).toBe(200);
        expect(image.headers()['content-type'], icon.src).toBe(icon.type);
        expect(pngSize(await image.body()), icon.src).toBe(icon.sizes);
      }

      // Chromium's own reading of it: no parse error, and nothing in the way of installing.
      const cdp = await context.newCDPSession(page);
      const { errors } = await cdp.send('Page.getAppManifest');
      expect(errors).toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // A Playwright context is an incognito profile, where Chromium never offers to install.
      const ids = installabilityErrors.map((error) => error.errorId);
      expect(ids.filter((id) => id !== 'in-incognito')).toEqual([]);
    });
  });
});
