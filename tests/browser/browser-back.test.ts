import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerStep, answerSteps, clickStart, noneSafetyPages } from './answering';
import { runJourney, useBrowser } from './journey';
import { backButton } from './keyboard';
import {
  expectFocused,
  expectResult,
  expectReview,
  expectStart,
  expectTitle,
  expectStep,
  pageHeading,
  stepFieldset,
  stepHeading,
} from './screens';
import { languageButton, uiTexts } from './texts';

/** The codes ticked or chosen on the page of `stepId`, in the page's order. */
function chosen(page: Page, stepId: string): Promise<string[]> {
  return stepFieldset(page, stepId)
    .locator('input:checked')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** The browser's history moved to `stepId`: it shows, with its answer, and its h1 has focus. */
async function expectRestored(page: Page, stepId: string, answer: readonly string[]) {
  await expectStep(page, stepId);
  expect(await chosen(page, stepId), `the answer on ${stepId}`).toEqual(answer);
  await expectFocused(page, stepHeading(page, stepId), `the h1 of ${stepId}`);
}

/** `<html lang>` becomes `language` soon after the switch (the other language loads first). */
async function expectLanguage(page: Page, language: string): Promise<void> {
  await page
    .waitForFunction((lang) => document.documentElement.lang === lang, language, { timeout: 5_000 })
    .catch(() => undefined);
  expect(await page.locator('html').getAttribute('lang'), '<html lang>').toBe(language);
}

describe("the browser's Back and Forward, and the language switch", () => {
  const browser = useBrowser();

  it('Back returns to the previous question with its answer; Forward returns; the first Back leads to start', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.da;
      await clickStart(page, ui);
      await answerSteps(page, ui, [
        ['audience', 'self'],
        ['age-group', '18-24'],
        ['substances', ['cannabis', 'stimulants']],
        ['frequency.cannabis', 'monthly'],
      ]);
      await expectStep(page, 'frequency.stimulants');

      await page.goBack();
      await expectRestored(page, 'frequency.cannabis', ['monthly']);
      await page.goBack();
      await expectRestored(page, 'substances', ['cannabis', 'stimulants']);
      await page.goForward();
      await expectRestored(page, 'frequency.cannabis', ['monthly']);
      await page.goForward();
      await expectRestored(page, 'frequency.stimulants', []);

      await page.goBack();
      await page.goBack();
      await page.goBack();
      await expectRestored(page, 'age-group', ['18-24']);
      await page.goBack();
      await expectRestored(page, 'audience', ['self']);
      await page.goBack();
      await expectStart(page, ui);
      await expectFocused(page, pageHeading(page), 'the h1 of the start page');
      await page.goForward();
      await expectRestored(page, 'audience', ['self']);
      await page.goForward();
      await expectRestored(page, 'age-group', ['18-24']);

      // Nothing about the answers is kept in the URL or the history entries.
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => JSON.stringify(window.history.state))).not.toContain(
        '18-24',
      );
    });
  });

  it('switching language mid-journey keeps every answer and sets <html lang>', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page } = journey;
      const da = uiTexts.da;
      const en = uiTexts.en;
      await clickStart(page, da);
      await answerSteps(page, da, [
        ['audience', 'self'],
        ['age-group', '36-64'],
        ['substances', ['alcohol', 'cannabis']],
        ['frequency.cannabis', 'weekly'],
        ['alcohol-days', { digits: '7' }],
        ['alcohol-typical-day', { digits: '4' }],
      ]);
      await expectStep(page, 'alcohol-heavy-days');
      const danishTitle = await stepHeading(page, 'alcohol-heavy-days').textContent();
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      // A choice made on this page but not yet sent with Continue.
      await stepFieldset(page, 'alcohol-heavy-days').locator('input[value="weekly"]').check();

      await page.getByRole('button', { name: languageButton.en, exact: true }).click();
      await expectLanguage(page, 'en');
      await expectStep(page, 'alcohol-heavy-days');
      const englishTitle = await stepHeading(page, 'alcohol-heavy-days').textContent();
      expect(englishTitle, 'the question in English').not.toBe(danishTitle);
      await expectTitle(page, en);
      expect(
        await page.getByRole('button', { name: en.question.continue, exact: true }).count(),
      ).toBe(1);
      expect(await chosen(page, 'alcohol-heavy-days'), 'the unsent choice survives').toEqual([
        'weekly',
      ]);

      // Back through every page answered in Danish: each answer is still there.
      await backButton(page, en).click();
      await expectStep(page, 'alcohol-typical-day');
      expect(
        await stepFieldset(page, 'alcohol-typical-day').locator('input[type="text"]').inputValue(),
      ).toBe('4');
      await backButton(page, en).click();
      await expectStep(page, 'alcohol-days');
      expect(
        await stepFieldset(page, 'alcohol-days').locator('input[type="text"]').inputValue(),
      ).toBe('7');
      await backButton(page, en).click();
      await expectRestored(page, 'frequency.cannabis', ['weekly']);
      await backButton(page, en).click();
      await expectRestored(page, 'substances', ['alcohol', 'cannabis']);
      await backButton(page, en).click();
      await expectRestored(page, 'age-group', ['36-64']);
      await backButton(page, en).click();
      await expectRestored(page, 'audience', ['self']);
      await page.getByRole('button', { name: en.question.continue, exact: true }).click();
      await expectRestored(page, 'age-group', ['36-64']);

      await page.getByRole('button', { name: languageButton.da, exact: true }).click();
      await expectLanguage(page, 'da');
      expect(await chosen(page, 'age-group')).toEqual(['36-64']);
      expect(await backButton(page, da).count(), 'the page is in Danish again').toBe(1);
    });
  });

  it('Back from the result and the review returns through them; Forward comes back to the result', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.da;
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '65-plus');
      await answerStep(page, ui, 'substances', ['none']);
      await answerSteps(page, ui, noneSafetyPages);
      await expectReview(page, ui);
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
      await expectResult(page);

      await page.goBack();
      await expectReview(page, ui);
      await expectFocused(page, pageHeading(page), 'the h1 of the review');
      await page.goBack();
      await expectRestored(page, 'self-harm', ['no']);
      await page.goForward();
      await expectReview(page, ui);
      await page.goForward();
      await expectResult(page);
      await expectFocused(page, pageHeading(page), 'the h1 of the result');
    });
  });
});
