import { describe, expect, it } from 'vitest';
import { answerStep, answerSteps, clickStart, noneSafetyPages } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { expectResult, expectResultShows, expectReview, resultMain, stepFieldset } from './screens';
import { uiTexts } from './texts';

describe('"None of these"', () => {
  const browser = useBrowser();

  it('leads by a short path to a result of no signs, with help and no false alarm', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.da;
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '25-35');

      // Ticking "none of these" clears a substance ticked before it.
      const substances = stepFieldset(page, 'substances');
      await substances.locator('input[value="alcohol"]').check();
      await substances.locator('input[value="none"]').check();
      expect(await substances.locator('input:checked').count()).toBe(1);
      expect(await substances.locator('input[value="alcohol"]').isChecked()).toBe(false);
      await answerStep(page, ui, 'substances', ['none']);

      // No question about amounts or signs: only the two safety questions everyone is asked
      // (overdose, thoughts of self-harm), then the review, with five answers.
      await answerSteps(page, ui, noneSafetyPages);
      await expectReview(page, ui);
      expect(await page.locator('.summary-list__row').count(), 'rows on the review').toBe(5);
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();

      await expectResult(page);
      await expectResultShows(page, ui, {
        level: 'none',
        flags: [],
        sentence: ui.result.level.noUse,
      });
      const main = resultMain(page);
      expect(await main.getByText(ui.result.meaning.none, { exact: true }).count()).toBe(1);
      expect(await main.getByRole('heading', { name: ui.result.signs.title }).count()).toBe(0);
      expect(await main.getByRole('heading', { name: ui.result.alcohol.title }).count()).toBe(0);
      // The help is the next step (one's own doctor, and how to reach them): no card repeats it.
      const next = main.getByRole('region', { name: ui.result.glance.nextTitle, exact: true });
      expect(await next.locator('[data-next-step]').count(), 'a place to get help').toBe(1);
      await expectNoAxeViolations(page, 'the result after "none of these"');
    });
  });
});
