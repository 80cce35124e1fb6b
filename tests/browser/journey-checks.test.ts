import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, printToA4 } from './exports';
import {
  expectNoAxeViolations,
  expectNoForeignRequests,
  expectNothingStored,
  launchBrowser,
  openJourney,
} from './journey';
import { expectFocused, expectNoHorizontalScroll, expectStart, pageHeading } from './screens';
import { uiTexts } from './texts';

/* The journeys' checks must be able to fail: each one is shown a page with the fault it looks for. */
describe('the journey checks catch what they look for', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('axe, focus, width, storage and foreign requests each fail on a planted fault', async () => {
    const journey = await openJourney(browser);
    const { page } = journey;
    try {
      await expectStart(page, uiTexts.da);
      await expectNoAxeViolations(page, 'the start page before planting');
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('main')?.append(image);
      });
      await expect(expectNoAxeViolations(page, 'planted image')).rejects.toThrow(/image-alt/);

      // The start page is where the person lands, so nothing has focus there.
      await expect(expectFocused(page, pageHeading(page), 'the h1')).rejects.toThrow(/focus/);

      await page.evaluate(() => {
        const wide = document.createElement('div');
        wide.style.width = '2000px';
        wide.style.height = '1px';
        document.body.append(wide);
      });
      await expect(expectNoHorizontalScroll(page, 1280, 'planted width')).rejects.toThrow(
        /scrollWidth/,
      );

      await page.evaluate(() => window.sessionStorage.setItem('planted', '1'));
      await expect(expectNothingStored(journey)).rejects.toThrow(/storage/);

      expectNoForeignRequests(journey);
      // A navigation is outside what a Content-Security-Policy can block, so it is always seen.
      await page
        .evaluate(() => window.location.assign('http://127.0.0.2:9/planted'))
        .catch(() => {});
      await page.waitForEvent('requestfailed', { timeout: 5_000 }).catch(() => undefined);
      expect(() => expectNoForeignRequests(journey)).toThrow(/left the origin/);
    } finally {
      await journey.context.close();
    }
  });

  it('the PDF page count sees every page printed', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(
        '<p style="break-after: page">one</p><p style="break-after: page">two</p><p>three</p>',
      );
      expect(pdfPageCount(await printToA4(page))).toBe(3);
    } finally {
      await page.close();
    }
  });
});
