import { describe, it } from 'vitest';
import { answerStep, clickStart, longJourney } from './answering';
import { runJourney, useBrowser } from './journey';
import {
  expectNoHorizontalScroll,
  expectResult,
  expectResultShows,
  expectReview,
  expectStart,
  expectStep,
} from './screens';
import { uiTexts } from './texts';

const WIDTH = 320;

describe(`at ${WIDTH} px wide`, () => {
  const browser = useBrowser();

  it('no page scrolls sideways: start, every question, the review and a long result', async () => {
    await runJourney(browser(), { width: WIDTH }, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.da;
      const plan = longJourney('self');
      await expectStart(page, ui);
      await expectNoHorizontalScroll(page, WIDTH, 'start');
      await clickStart(page, ui);
      for (const [stepId, answer] of plan) {
        await expectStep(page, stepId);
        await expectNoHorizontalScroll(page, WIDTH, stepId);
        await answerStep(page, ui, stepId, answer);
      }
      await expectReview(page, ui);
      await expectNoHorizontalScroll(page, WIDTH, 'review');
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
      await expectResult(page);
      // Opioids: craving, tolerance, withdrawal (3, mild); alcohol: craving (1) and 6 on a day.
      await expectResultShows(page, ui, {
        level: 'mild',
        flags: ['urgent', 'harm-reduction', 'do-not-stop-abruptly'],
      });
      await expectNoHorizontalScroll(page, WIDTH, 'result');
    });
  });
});
