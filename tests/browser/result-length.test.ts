import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/questionnaire/answers';
import { journeyPlan } from '../../scripts/bench/journeyPlan';
import {
  cannabisWithFourSigns,
  drinkerAboveTheRecommendation,
} from '../../scripts/bench/timeEstimate';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { answerSteps, clickStart, confirmReview } from './answering';
import { runJourney, useBrowser } from './journey';
import { expectStart } from './screens';
import { languageButton, uiTexts } from './texts';

const PHONE = { width: 375, height: 812 };

/**
 * Issue 12 asks that a one-substance result fit in 2.5 screens before any disclosure is opened.
 * Trimming repeated texts took them from 3.56 and 3.80 screens (main at 7054d5f) to 3.38 and
 * 3.62; the glance at the top, the "where you stand" charts and "Min plan" then added about 0.9
 * and 1.1 screens; folding background behind disclosures took them to 3.57 and 3.73. Leaving
 * out the help card that only repeats "your next step", one "what now?" section of buttons, one
 * "which answers?" per substance and one paragraph for the limits and the week took them to
 * 2.43 and 2.47 in Danish (2 December 2026). Both languages are held to the target.
 */
const journeys: {
  name: string;
  answers: Record<string, Answer>;
  level: string;
  screens: number;
}[] = [
  {
    name: 'cannabis with 4 signs',
    // 25–35, the age the figures above were measured at (netstof.dk serves 14–25).
    answers: { ...cannabisWithFourSigns, 'age-group': '25-35' },
    level: 'moderate',
    screens: 2.5,
  },
  {
    name: 'alcohol above the recommendation, no signs',
    answers: drinkerAboveTheRecommendation,
    level: 'risky',
    screens: 2.5,
  },
];

describe('a one-substance result at 375 × 812', () => {
  const browser = useBrowser();

  const cases = journeys.flatMap((journey) =>
    (['da', 'en'] as const).map((language) => ({ ...journey, language })),
  );

  it.each(cases)('$name ($language) is at most $screens screens long', async (journey) => {
    const path = `?lng=${journey.language}`;
    await runJourney(browser(), { width: PHONE.width, path }, async ({ page }) => {
      await page.setViewportSize(PHONE);
      const ui = uiTexts[journey.language];
      await expectStart(page, ui);
      await clickStart(page, ui);
      await answerSteps(page, ui, journeyPlan(realQuestionnaire, journey.answers));
      await confirmReview(page, ui);
      expect(await page.locator('main').getAttribute('data-result-level')).toBe(journey.level);
      expect(await page.locator('details[open]').count(), 'no disclosure open').toBe(0);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.info(
        `${journey.name} (${journey.language}): ${height} px, ${(height / PHONE.height).toFixed(2)} screens`,
      );
      expect(height).toBeLessThanOrEqual(journey.screens * PHONE.height);
    });
  });
});

describe('the start page at 375 × 812', () => {
  const browser = useBrowser();

  it.each(['da', 'en'] as const)('shows Start in the first screenful (%s)', async (language) => {
    await runJourney(browser(), { width: PHONE.width }, async ({ page }) => {
      await page.setViewportSize(PHONE);
      const ui = uiTexts[language];
      if (language === 'en')
        await page.getByRole('button', { name: languageButton.en, exact: true }).click();
      await expectStart(page, ui);
      const start = await page
        .getByRole('button', { name: ui.start.button, exact: true })
        .boundingBox();
      expect(start, 'the Start button').not.toBeNull();
      expect((start?.y ?? Infinity) + (start?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    });
  });
});
