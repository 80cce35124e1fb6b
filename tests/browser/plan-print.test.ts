import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journeyPlan } from '../../scripts/bench/journeyPlan';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { answerSteps, clickStart, confirmReview } from './answering';
import { pdfPageCount, printToA4 } from './exports';
import { downloadFrom, expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { resultMain } from './screens';
import { uiTexts } from './texts';

/*
 * "Print eller gem min plan" prints the plan alone, on one A4 page, with every choice taken; the
 * reminder is a calendar file with nothing of the answers in it.
 */

const ui = uiTexts.da;

const drinker = journeyPlan(realQuestionnaire, {
  audience: 'self',
  'age-group': '36-64',
  substances: ['alcohol', 'cannabis'],
  'alcohol-days': 6,
  'alcohol-typical-day': 9,
  craving: 'yes',
  tolerance: 'yes',
});

/** Every box ticked, the last of each choice picked, and the longest own words allowed. */
async function makeFullPlan(page: Page): Promise<void> {
  const plan = resultMain(page).getByRole('region', { name: ui.plan.title, exact: true });
  await plan.getByRole('button', { name: ui.plan.open, exact: true }).click();
  for (const select of await plan.locator('select').all()) {
    const values = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await select.selectOption(values.at(-1) ?? '');
  }
  for (const box of await plan.getByRole('checkbox').all()) await box.check();
  await plan.getByLabel(ui.plan.hardDay.ownWords, { exact: true }).fill('Ord '.repeat(50).trim());
  await plan.getByRole('radio', { name: 'Om 8 uger', exact: true }).check();
}

/** In print with the plan's class on <html>, what of the result's own content shows. */
async function shownInPrint(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() =>
      // "What now?" holds the plan: its own parts are looked at one by one.
      [...(document.querySelector('main > .result')?.children ?? [])]
        .flatMap((element) =>
          element.classList.contains('result-actions') ? [...element.children] : [element],
        )
        .filter((element) => getComputedStyle(element).display !== 'none')
        .map((element) => element.className || element.tagName.toLowerCase()),
    );
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

describe('the plan in print', () => {
  const browser = useBrowser();

  it('prints alone on one A4 page, and the reminder holds no answer', async () => {
    await runJourney(browser(), { width: 375 }, async ({ page }) => {
      await clickStart(page, ui);
      await answerSteps(page, ui, drinker);
      await confirmReview(page, ui);
      await makeFullPlan(page);
      await expectNoAxeViolations(page, 'the result with the plan open');

      // What the print button does, without the print dialog: the class is on <html> while printing.
      await page.evaluate(() => document.documentElement.classList.add('printing-plan'));
      try {
        expect(await shownInPrint(page), 'what prints').toEqual(['plan plan--open']);
        expect(pdfPageCount(await printToA4(page)), 'pages the plan prints on').toBe(1);
      } finally {
        await page.evaluate(() => document.documentElement.classList.remove('printing-plan'));
      }
      expect(await shownInPrint(page), 'the whole result prints again').toContain('glance');

      // The print button itself leaves no class behind.
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await resultMain(page).getByRole('button', { name: ui.plan.print, exact: true }).click();
      expect(await page.evaluate(() => document.documentElement.className)).not.toContain(
        'printing-plan',
      );

      const file = await downloadFrom(page, () =>
        resultMain(page).getByRole('button', { name: ui.plan.remind, exact: true }).click(),
      );
      expect(file.fileName).toBe(ui.plan.calendar.fileName);
      expect(file.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(file.text).toContain(`SUMMARY:${ui.plan.calendar.summary}\r\n`);
      expect(file.text).not.toMatch(/alkohol|alcohol|cannabis|Ord Ord/i);
    });
  }, 90_000);
});
