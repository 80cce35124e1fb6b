import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerStep, clickStart, reachNoneReview } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { appStarted, expectStart, expectStep, stepFieldset } from './screens';
import { uiTexts, type UiTexts } from './texts';

const ui = uiTexts.da;

function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}

/**
 * Quick exit replaced the page (no new history entry), and Back from where it went shows the start
 * page with no answer anywhere. `entries` is history's length just before leaving.
 */
async function expectBackShowsNothing(page: Page, texts: UiTexts, entries: number) {
  await page.waitForURL('about:blank');
  expect(await page.evaluate(() => window.history.length), 'left by replace').toBe(entries);
  await page.goBack();
  await expectStart(page, texts);
  await appStarted(page);
  expect(await page.getByRole('button', { name: texts.start.button, exact: true }).count()).toBe(1);
  expect(await page.getByText(texts.start.restored).count()).toBe(0);
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
  await clickStart(page, texts);
  await expectStep(page, 'audience');
  expect(await stepFieldset(page, 'audience').locator('input:checked').count()).toBe(0);
}

describe('quick exit', () => {
  const browser = useBrowser();

  it('Shift pressed three times leaves by replace, announcing the count; Back shows no answer', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '25-35');
      await stepFieldset(page, 'substances').locator('input[value="alcohol"]').check();
      const entries = await historyLength(page);
      await page.keyboard.press('Shift');
      await expect
        .poll(() => page.getByRole('status').last().textContent())
        .toBe(ui.quickExit.shiftLeft_other.replace('{{count}}', '2'));
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expectBackShowsNothing(page, ui, entries);
    });
  });

  it('Escape twice leaves too, and also wipes answers kept for a reload', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await page.getByRole('checkbox', { name: ui.start.resume.label }).check();
      await reachNoneReview(page, ui);
      expect(await page.evaluate(() => window.sessionStorage.length)).toBe(1);
      const entries = await historyLength(page);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expectBackShowsNothing(page, ui, entries);
    });
  });

  it('the button on every page leaves the same way, and the start page says what it does', async () => {
    await runJourney(browser(), { path: '?lng=en' }, async ({ page }) => {
      const en = uiTexts.en;
      await expectStart(page, en);
      expect(await page.getByText(en.start.exit, { exact: true }).count()).toBe(1);
      await expectNoAxeViolations(page, 'the start page with quick exit');
      await clickStart(page, en);
      await answerStep(page, en, 'audience', 'self');
      await answerStep(page, en, 'age-group', '18-24');
      const entries = await historyLength(page);
      await page.getByRole('link', { name: en.quickExit.button, exact: true }).click();
      await expectBackShowsNothing(page, en, entries);
    });
  });
});

describe('keeping answers through a reload', () => {
  const browser = useBrowser();

  it('happens only after opting in, and a corrupt snapshot is discarded with a message', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '25-35');
      await page.reload();
      await expectStart(page, ui);
      await appStarted(page);
      expect(
        await page.getByText(ui.start.restored).count(),
        'nothing kept without opting in',
      ).toBe(0);

      await page.getByRole('checkbox', { name: ui.start.resume.label }).check();
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '36-64');
      await page.reload();
      await expectStart(page, ui);
      // The served page is the start page at once; the app then says what it restored.
      await page.getByText(ui.start.restored, { exact: true }).waitFor();
      await expectNoAxeViolations(page, 'the start page after restoring answers');
      await page.getByRole('button', { name: ui.start.continue, exact: true }).click();
      await expectStep(page, 'substances');
      await page.getByRole('button', { name: ui.question.back, exact: true }).click();
      expect(
        await stepFieldset(page, 'age-group').locator('input[value="36-64"]').isChecked(),
      ).toBe(true);

      await page.evaluate(() => {
        for (const key of Object.keys(window.sessionStorage)) {
          window.sessionStorage.setItem(key, '{"format":1,"answers":');
        }
      });
      await page.reload();
      await expectStart(page, ui);
      await page.getByText(ui.start.discarded).waitFor();
      expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    });
  });
});
