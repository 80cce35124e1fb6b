import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answerStep, clickStart } from './answering';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { expectStart, expectStep, stepFieldset } from './screens';
import { uiTexts } from './texts';

const ui = uiTexts.da;

/*
 * Playwright turns Chromium's back-forward cache off by default; here it is on, as in a person's
 * browser, so that coming Back after a quick exit would show a page kept in that cache if the
 * browser kept one. A marker in the page's memory tells a restored page from a fresh load.
 */
describe('quick exit with the back-forward cache on', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      ...chromiumLaunchOptions,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Back after leaving never brings the page back from the cache: a fresh start page, no answer', async () => {
    if (!browser) throw new Error('The browser has not started');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const baseUrl = inject('baseUrl');
      await page.goto(baseUrl);
      const marker = () =>
        page.evaluate(() => (window as unknown as { marker?: string }).marker ?? 'none');
      await page.evaluate(() => {
        (window as unknown as { marker?: string }).marker = 'kept in memory';
      });
      // The cache is on: an ordinary visit elsewhere and Back restores the page from memory.
      await page.goto(new URL('robots.txt', baseUrl).toString());
      await page.goBack({ waitUntil: 'commit' });
      await expect.poll(marker, { timeout: 5_000 }).toBe('kept in memory');

      await expectStart(page, ui);
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await stepFieldset(page, 'age-group').locator('input[value="25-35"]').check();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL('about:blank');
      await page.goBack({ waitUntil: 'commit' });
      await expectStart(page, ui);
      expect(await marker(), 'a fresh page, not one kept in the cache').toBe('none');
      await clickStart(page, ui);
      await expectStep(page, 'audience');
      expect(await stepFieldset(page, 'audience').locator('input:checked').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
