import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/questionnaire/answers';
import { journeyPlan } from '../../scripts/bench/journeyPlan';
import { realQuestionnaire } from '../support/realQuestionnaire';
import {
  answerRelationship,
  answerStep,
  answerSteps,
  clickStart,
  confirmReview,
  signPages,
  type PlannedStep,
} from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { expectStart, resultMain, type FlagId, type ResultLevel } from './screens';
import { uiTexts, type Language } from './texts';

const FOLD = 812;

interface FoldCase {
  name: string;
  audience: 'self' | 'relative' | 'clinician';
  plan: readonly PlannedStep[];
  level: ResultLevel;
  flags: readonly FlagId[];
  /** A safety flag alone set the level: the glance shows no scale then. */
  noScale?: true;
}

/** Every page after the audience page, answered as given, else "no" (scripts/bench/journeyPlan.ts). */
function selfPlan(given: Record<string, Answer>): PlannedStep[] {
  return journeyPlan(realQuestionnaire, { audience: 'self', ...given }).filter(
    ([id]) => id !== 'audience',
  );
}

/** No signs and no safety answer: the pages after the substances for one drinker within the limits. */
const calmEnding: PlannedStep[] = [
  ['overdose', 'no'],
  ['severe-withdrawal', 'no'],
  ['self-harm', 'no'],
];

/** A relative's own pages, answered so that no concern of theirs is raised. */
const relativeOwnPages: PlannedStep[] = [
  ['relative-worry', 'yes'],
  ['relative-sleep', 'no'],
  ['relative-conflict', 'no'],
  ['relative-unsafe', 'no'],
  ['children-at-home', 'no'],
];

function drinking(days: string, typicalDay: string, heavy: string): PlannedStep[] {
  return [
    ['substances', ['alcohol']],
    ['alcohol-days', { digits: days }],
    ['alcohol-typical-day', { digits: typicalDay }],
    ['alcohol-heavy-days', heavy],
  ];
}

const cases: FoldCase[] = [
  {
    name: 'drinking within the limits (none)',
    audience: 'self',
    plan: [
      ['age-group', '36-64'],
      ...drinking('1', '2', 'never'),
      ['pregnancy', 'no'],
      ...signPages({}),
      ...calmEnding,
    ],
    level: 'none',
    flags: [],
  },
  {
    name: 'drinking above 10 a week without signs (risky)',
    audience: 'self',
    plan: [
      ['age-group', '36-64'],
      ...drinking('4', '3', 'never'),
      ['pregnancy', 'no'],
      ...signPages({}),
      ...calmEnding,
    ],
    level: 'risky',
    flags: [],
  },
  {
    name: 'cannabis with two signs (mild)',
    audience: 'self',
    plan: [
      ['age-group', '25-35'],
      ['substances', ['cannabis']],
      ['frequency.cannabis', 'several-weekly'],
      ['pregnancy', 'no'],
      ...signPages({ craving: null, tolerance: null }),
      ['overdose', 'no'],
      ['self-harm', 'no'],
    ],
    level: 'mild',
    flags: [],
  },
  {
    name: 'cannabis with thoughts of self-harm (mild, urgent)',
    audience: 'self',
    plan: [
      ['age-group', '25-35'],
      ['substances', ['cannabis']],
      ['frequency.cannabis', 'several-weekly'],
      ['pregnancy', 'no'],
      ...signPages({ craving: null, tolerance: null }),
      ['overdose', 'no'],
      ['self-harm', 'yes'],
    ],
    level: 'mild',
    flags: ['urgent'],
  },
  {
    name: "a relative's worry about cannabis with four signs (moderate)",
    audience: 'relative',
    plan: [
      ['age-group', '18-24'],
      ['substances', ['cannabis']],
      ['frequency.cannabis', 'daily'],
      ['pregnancy', 'not-relevant'],
      ...signPages({ craving: null, tolerance: null, 'time-spent': null, conflicts: null }),
      ['overdose', 'no'],
      ['self-harm', 'no'],
      ...relativeOwnPages,
    ],
    level: 'moderate',
    flags: [],
  },
  {
    name: "a relative's worry about drinking with two signs (mild)",
    audience: 'relative',
    plan: [
      ['age-group', '36-64'],
      ...drinking('2', '3', 'monthly'),
      ['pregnancy', 'not-relevant'],
      ...signPages({ craving: null, tolerance: null }),
      ...calmEnding,
      ...relativeOwnPages,
    ],
    level: 'mild',
    flags: [],
  },
  {
    name: "a clinician's client with thoughts of self-harm (urgent)",
    audience: 'clinician',
    plan: [
      ['age-group', '36-64'],
      ['substances', ['cannabis']],
      ['frequency.cannabis', 'weekly'],
      ['pregnancy', 'no'],
      ...signPages({ craving: null }),
      ['overdose', 'no'],
      ['self-harm', 'yes'],
    ],
    level: 'risky',
    flags: ['urgent'],
  },
  {
    name: 'opioids with many signs and injecting (severe, harm reduction)',
    audience: 'self',
    plan: [
      ['age-group', '25-35'],
      ['substances', ['opioids']],
      ['frequency.opioids', 'daily'],
      ['pregnancy', 'no'],
      ...signPages({
        craving: null,
        tolerance: null,
        conflicts: null,
        'time-spent': null,
        'gave-up-activities': null,
        'cut-down': null,
      }),
      ['injecting', 'yes'],
      ['sharing-equipment', 'no'],
      ['overdose', 'no'],
      ['severe-withdrawal', 'no'],
      ['self-harm', 'no'],
    ],
    level: 'severe',
    flags: ['harm-reduction'],
  },
  {
    name: 'a daily heavy drinker, 5 days × 6 (risky, do not stop abruptly)',
    audience: 'self',
    plan: selfPlan({
      'age-group': '36-64',
      substances: ['alcohol'],
      'alcohol-days': 5,
      'alcohol-typical-day': 6,
      'alcohol-heavy-days': 'weekly',
    }),
    level: 'risky',
    flags: ['do-not-stop-abruptly'],
  },
  {
    // The flag alone raises the level, so no scale is shown: the level and next step must fit.
    name: 'a sedative taken as prescribed, with withdrawal (do not stop abruptly only)',
    audience: 'self',
    plan: selfPlan({
      'age-group': '36-64',
      substances: ['sedatives'],
      'frequency.sedatives': 'daily',
      'prescribed.sedatives': 'as-prescribed',
      withdrawal: 'yes',
    }),
    level: 'risky',
    flags: ['do-not-stop-abruptly'],
    noScale: true,
  },
];

/** The bottom edge of an element on the first screen, with the page not scrolled. */
async function bottomOf(locator: ReturnType<typeof resultMain>): Promise<number> {
  return locator.first().evaluate((element) => element.getBoundingClientRect().bottom);
}

describe.each(['da', 'en'] as const)(
  'the first screenful of the result at 375 × 812 (%s)',
  (lng: Language) => {
    const browser = useBrowser();
    const ui = uiTexts[lng];

    it.each(cases)(
      '$name: the level, the scale and the next step are above the fold',
      async (c) => {
        await runJourney(browser(), { path: `?lng=${lng}`, width: 375 }, async ({ page }) => {
          await page.setViewportSize({ width: 375, height: FOLD });
          await expectStart(page, ui);
          await clickStart(page, ui);
          await answerStep(page, ui, 'audience', c.audience);
          if (c.audience === 'relative') await answerRelationship(page, ui, 'partner', 'Kim');
          await answerSteps(page, ui, c.plan);
          await confirmReview(page, ui);

          const main = resultMain(page);
          expect(await main.getAttribute('data-result-level')).toBe(c.level);
          const flags = await main
            .locator('[data-flag]')
            .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-flag')));
          expect(flags).toEqual(c.flags);
          await page.evaluate(() => window.scrollTo(0, 0));
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
          const parts = {
            'the level sentence': main.locator('.result-level'),
            'the next step': main.locator('[data-next-step]'),
            ...(c.noScale ? {} : { 'the scale': main.locator('.glance-scale') }),
          };
          if (c.noScale) expect(await main.locator('.glance-scale').count(), 'no scale').toBe(0);
          for (const [what, locator] of Object.entries(parts)) {
            expect(await locator.count(), what).toBeGreaterThan(0);
            expect(await bottomOf(locator), `${what} ends inside ${FOLD} px`).toBeLessThanOrEqual(
              FOLD,
            );
          }
          await expectNoAxeViolations(page, `${c.name} (${lng})`);
        });
      },
    );
  },
);
