import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/questionnaire/answers';
import { journeyPlan } from '../../scripts/bench/journeyPlan';
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
 * and 1.1 screens (4.27 and 4.69 on 2 December 2026). Folding the meaning, the drinking
 * comparisons and each help card's description behind disclosures took them to 3.57 and 3.73.
 * The 2.5-screen target is NOT met: the limits are the honest figures, rounded up to 0.05 screen,
 * so the page cannot grow unnoticed. Next: the hand-over intro, and a shorter help list.
 */
const journeys: {
  name: string;
  answers: Record<string, Answer>;
  level: string;
  screens: number;
}[] = [
  {
    name: 'cannabis with 4 signs',
    answers: {
      audience: 'self',
      'age-group': '25-35',
      substances: ['cannabis'],
      'frequency.cannabis': 'weekly',
      'larger-amounts': 'yes',
      'cut-down': 'yes',
      craving: 'yes',
      tolerance: 'yes',
    },
    level: 'moderate',
    screens: 3.6,
  },
  {
    name: 'alcohol above the recommendation, no signs',
    answers: {
      audience: 'self',
      'age-group': '36-64',
      substances: ['alcohol'],
      'alcohol-days': 5,
      'alcohol-typical-day': 4,
      'alcohol-heavy-days': 'monthly',
    },
    level: 'risky',
    screens: 3.75,
  },
];

describe('a one-substance result at 375 × 812', () => {
  const browser = useBrowser();

  it.each(journeys)('$name is at most $screens screens long', async (journey) => {
    await runJourney(browser(), { width: PHONE.width }, async ({ page }) => {
      await page.setViewportSize(PHONE);
      const ui = uiTexts.da;
      await expectStart(page, ui);
      await clickStart(page, ui);
      await answerSteps(page, ui, journeyPlan(realQuestionnaire, journey.answers));
      await confirmReview(page, ui);
      expect(await page.locator('main').getAttribute('data-result-level')).toBe(journey.level);
      expect(await page.locator('details[open]').count(), 'no disclosure open').toBe(0);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.info(`${journey.name}: ${height} px, ${(height / PHONE.height).toFixed(2)} screens`);
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
