import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  /** Every request the page made that left the app's own origin. */
  foreignRequests: string[];
  baseUrl: string;
}

/** A fresh context and page on the built app, recording any request that leaves its origin. */
export async function openJourney(
  browser: Browser,
  { path = '', width = 1280 }: { path?: string; width?: number } = {},
): Promise<Journey> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|about):/.test(url)) foreignRequests.push(url);
  });
  await page.goto(new URL(path, baseUrl).toString());
  return { context, page, foreignRequests, baseUrl };
}

/** The axe-core that @axe-core/playwright runs, as a script to evaluate in the page. */
const axeSource: string = (
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as {
    source: string;
  }
).source;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe with the WCAG 2.2 A and AA rules must find nothing on the page as it is now. axe is put into
 * the page once and run there (the app is one document), which is ten times quicker than
 * AxeBuilder's inject-and-finish-in-a-new-page on every call.
 */
export async function expectNoAxeViolations(page: Page | Frame, screenName: string): Promise<void> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations as AxeViolation[]),
    wcagTags,
  );
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe on ${screenName}:\n${summary.join('\n')}\n`).toEqual([]);
}

/** Nothing left the app's origin during the journey (docs/deployment.md: no third-party requests). */
export function expectNoForeignRequests({ foreignRequests }: Journey): void {
  expect(foreignRequests, 'requests that left the origin').toEqual([]);
}

/** No cookie and nothing in localStorage or sessionStorage: answers stay in memory only. */
export async function expectNothingStored({ context, page }: Journey): Promise<void> {
  const inPage = await page.evaluate(() => ({
    cookie: document.cookie,
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
  }));
  expect(inPage, 'storage seen by the page').toEqual({
    cookie: '',
    localStorage: [],
    sessionStorage: [],
  });
  const state = await context.storageState();
  expect(state.cookies, 'cookies in the browser context').toEqual([]);
  expect(
    state.origins.filter((o) => o.localStorage.length > 0),
    'origins with localStorage',
  ).toEqual([]);
}

/** One Chromium for a test file: started before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser has not started');
    return browser;
  };
}

/**
 * Runs one journey in a fresh context. Whatever the journey did, it must have stored nothing and
 * sent nothing beyond the app's origin (docs/architecture.md#privacy); the context is closed either way.
 */
export async function runJourney(
  browser: Browser,
  options: Parameters<typeof openJourney>[1],
  journeyBody: (journey: Journey) => Promise<void>,
): Promise<void> {
  const journey = await openJourney(browser, options);
  try {
    await journeyBody(journey);
    await expectNothingStored(journey);
    expectNoForeignRequests(journey);
  } finally {
    await journey.context.close();
  }
}

/** A file the page offered for download, as it was saved. */
export interface DownloadedFile {
  fileName: string;
  text: string;
}

/** Does `trigger` (a click) and returns the file the page offers for download in response. */
export async function downloadFrom(
  page: Page,
  trigger: () => Promise<void>,
): Promise<DownloadedFile> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 10_000 }),
    trigger(),
  ]);
  const failure = await download.failure();
  expect(failure, `the download of ${download.suggestedFilename()}`).toBeNull();
  const path = await download.path();
  return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The paths of the JS files the page has fetched so far. */
export function scriptsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
}

/**
 * Holds every request the page makes to an address matching `pattern` until the returned
 * function is called (a slow line for one file). A request whose page has left is dropped.
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  return release;
}
