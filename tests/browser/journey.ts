import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumLaunchOptions } from './chromium';

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
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  await page.goto(new URL(path, baseUrl).toString());
  return { context, page, foreignRequests, baseUrl };
}

/** axe with the WCAG 2.2 A and AA rules must find nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe on ${screenName}`).toEqual([]);
}
