import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerStep, clickStart, confirmReview, type StepAnswer } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { expectNoHorizontalScroll, expectResult, resultMain, whereAmI } from './screens';
import { uiTexts } from './texts';

/*
 * "Where you stand" (issue 12): the week against the 10 and the signs against the DSM-5 bands,
 * checked with axe in Chromium on a result that has both charts, and at 320 px.
 */

const ui = uiTexts.da;

/** 65+, 4 days × 4 genstande (16 a week) and 4 signs for alcohol; every other page "no". */
const answers: Record<string, StepAnswer> = {
  audience: 'self',
  'age-group': '65-plus',
  substances: ['alcohol'],
  'alcohol-days': { digits: '4' },
  'alcohol-typical-day': { digits: '4' },
  'alcohol-heavy-days': 'never',
  craving: 'yes',
  tolerance: 'yes',
  withdrawal: 'yes',
  'time-spent': 'yes',
};

/** Answers each page shown, from `answers` or "no", up to the result. */
async function reachResult(page: Page): Promise<void> {
  await clickStart(page, ui);
  let where = 'start';
  for (let pages = 0; pages < 40 && where !== 'review'; pages++) {
    const before = where;
    // Each click shows a new page: wait for it rather than reading the old one again.
    await expect.poll(async () => (where = await whereAmI(page))).not.toBe(before);
    if (where === 'review') break;
    expect(where, 'a question or the review').toMatch(/^question:/);
    const stepId = where.replace(/^question:/, '');
    await answerStep(page, ui, stepId, answers[stepId] ?? 'no');
  }
  await confirmReview(page, ui);
  await expectResult(page);
}

describe('where you stand, in Chromium', () => {
  const browser = useBrowser();

  it('both charts are named for screen readers and pass axe, at 1280 and 320 px', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await reachResult(page);
      const main = resultMain(page);
      // The week chart is folded under "Hvor ligger du?": a person opens it to see it.
      await main.locator('summary', { hasText: ui.result.standing.title }).click();
      await expect
        .poll(() => main.getByRole('img', { name: /^Genstande om ugen\. Din uge: 16\./ }).count())
        .toBe(1);
      expect(await main.getByRole('img', { name: '4 af 11 tegn: tydelige tegn.' }).count()).toBe(1);
      await expectNoAxeViolations(page, 'a result with both charts');
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoHorizontalScroll(page, 320, 'a result with both charts at 320 px');
    });
  });

  it('prints every disclosure open, since paper cannot be clicked', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await reachResult(page);
      const main = resultMain(page);
      // What a closed disclosure holds besides its summary, and whether it is laid out.
      const foldedAway = () =>
        main.evaluate((result) =>
          [...result.querySelectorAll('details')].map((details) => ({
            summary: details.querySelector('summary')?.textContent ?? '',
            open: details.open,
            shown: [...details.children]
              .filter((child) => child.tagName !== 'SUMMARY')
              .every((child) => child.checkVisibility()),
          })),
        );
      const onScreen = await foldedAway();
      expect(onScreen.length, 'disclosures on the result').toBeGreaterThanOrEqual(3);
      expect(
        onScreen.filter((d) => d.shown).map((d) => d.summary),
        'closed on screen',
      ).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      const inPrint = await foldedAway();
      expect(
        inPrint.filter((d) => !d.shown).map((d) => d.summary),
        'hidden in print',
      ).toEqual([]);
      expect(
        inPrint.every((d) => !d.open),
        'still closed, only laid out open',
      ).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await foldedAway(), 'back on screen').toEqual(onScreen);
    });
  });
});
