import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers';
import type {
  Concern,
  CriterionId,
  FlagId,
  Icd11Group,
} from '../../src/questionnaire/definitionSchema';
import { assess } from '../../src/scoring/assess';
import type { DsmBand, ResultLevel } from '../../src/scoring/assessment';
import { questionnaire } from './rusmiddeltjek';

// Every expected value below is worked out by hand from docs/scoring.md and docs/sources.md.

const noSigns: Answers = {
  'larger-amounts': 'no',
  'cut-down': 'no',
  'time-spent': 'no',
  craving: 'no',
  'needs-to-function': 'no',
  'neglects-duties': 'no',
  conflicts: 'no',
  'gave-up-activities': 'no',
  'hazardous-use': 'no',
  'health-problems': 'no',
  tolerance: 'no',
  withdrawal: 'no',
};

const allSigns: Answers = Object.fromEntries(Object.keys(noSigns).map((id) => [id, 'yes']));

const noSafetyConcerns: Answers = {
  injecting: 'no',
  'sharing-equipment': 'no',
  mixing: 'no',
  overdose: 'no',
  'severe-withdrawal': 'no',
  'self-harm': 'no',
};

/** A complete journey: every sign and safety question answered "no" unless `rest` says otherwise. */
function journey(substances: string[], rest: Answers = {}, age = '25-35'): Answers {
  const frequencies = Object.fromEntries(
    substances.filter((s) => s !== 'none').map((s) => [`frequency.${s}`, 'weekly']),
  );
  return {
    'age-group': age,
    substances,
    ...frequencies,
    pregnancy: 'not-relevant',
    ...noSigns,
    ...noSafetyConcerns,
    ...rest,
  };
}

/** Drinking days in a typical week, genstande on a typical drinking day, how often 5 or more. */
function drinks(days: number, typicalDay: number, heavyDays = 'never'): Answers {
  return {
    'alcohol-days': days,
    'alcohol-typical-day': typicalDay,
    'alcohol-heavy-days': heavyDays,
  };
}

interface SubstanceExpectation {
  count: number;
  band: DsmBand;
  groups: Icd11Group[];
  dependence: boolean;
  uncounted?: CriterionId[];
  asPrescribed?: boolean;
  /** Warning signs shown and never counted, by the item that asks them. */
  warningSigns?: string[];
}

interface AlcoholExpectation {
  weeklyDrinks: number;
  aboveWeekly: boolean;
  aboveDaily: boolean;
  underAge: boolean;
  aboveRecommendation: boolean;
  pregnant?: boolean;
  evidence?: string[];
}

interface Case {
  name: string;
  answers: Answers;
  level: ResultLevel;
  /** In the definition's order. */
  substances: Record<string, SubstanceExpectation>;
  flags: FlagId[];
  alcohol: AlcoholExpectation | null;
  evidence?: Record<string, Partial<Record<CriterionId, string[]>>>;
  flagEvidence?: Partial<Record<FlagId, string[]>>;
  flagConcerns?: Partial<Record<FlagId, Concern[]>>;
  pregnancy?: 'pregnant' | 'not-pregnant' | 'unknown' | null;
}

const nothing: SubstanceExpectation = { count: 0, band: 'none', groups: [], dependence: false };
const within = (weeklyDrinks: number): AlcoholExpectation => ({
  weeklyDrinks,
  aboveWeekly: false,
  aboveDaily: false,
  underAge: false,
  aboveRecommendation: false,
});

const cases: Case[] = [
  // "None of these" and no signs
  {
    name: '"none" chosen: no substances, level none, leftover answers ignored',
    answers: journey(['none'], {
      ...allSigns,
      ...drinks(7, 12, 'most-days'),
      'frequency.cannabis': 'daily',
      injecting: 'yes',
    }),
    level: 'none',
    substances: {},
    flags: [],
    alcohol: null,
  },
  {
    name: '"none" chosen with thoughts of self-harm: urgent, risky (asked of everyone)',
    answers: journey(['none'], { 'self-harm': 'yes' }),
    level: 'risky',
    substances: {},
    flags: ['urgent'],
    alcohol: null,
  },
  {
    name: '"none" chosen with an overdose in the past 4 weeks: urgent, risky (asked of everyone)',
    answers: journey(['none'], { overdose: 'past-4-weeks' }),
    level: 'risky',
    substances: {},
    flags: ['urgent'],
    alcohol: null,
  },
  {
    name: 'cannabis with no signs: none',
    answers: journey(['cannabis']),
    level: 'none',
    substances: { cannabis: nothing },
    flags: [],
    alcohol: null,
  },
  // DSM-5 band edges and ICD-11 groups
  {
    name: '1 criterion (craving): risky, band none',
    answers: journey(['cannabis'], { craving: 'yes' }),
    level: 'risky',
    substances: {
      cannabis: { count: 1, band: 'none', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: null,
    evidence: { cannabis: { craving: ['craving'] } },
  },
  {
    name: '2 criteria, both impaired control: mild, ICD-11 one group only → not indicated',
    answers: journey(['cannabis'], { 'larger-amounts': 'yes', 'cut-down': 'yes' }),
    level: 'mild',
    substances: {
      cannabis: { count: 2, band: 'mild', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: '2 criteria in two groups (craving, conflicts): mild, dependence indicated',
    answers: journey(['cannabis'], { craving: 'yes', conflicts: 'yes' }),
    level: 'mild',
    substances: {
      cannabis: {
        count: 2,
        band: 'mild',
        groups: ['impaired-control', 'precedence'],
        dependence: true,
      },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: '3 criteria, all precedence: mild, not indicated',
    answers: journey(['cannabis'], {
      'time-spent': 'yes',
      conflicts: 'yes',
      'gave-up-activities': 'yes',
    }),
    level: 'mild',
    substances: { cannabis: { count: 3, band: 'mild', groups: ['precedence'], dependence: false } },
    flags: [],
    alcohol: null,
  },
  {
    name: '4 criteria, all precedence: moderate',
    answers: journey(['cannabis'], {
      'time-spent': 'yes',
      conflicts: 'yes',
      'gave-up-activities': 'yes',
      'health-problems': 'yes',
    }),
    level: 'moderate',
    substances: {
      cannabis: { count: 4, band: 'moderate', groups: ['precedence'], dependence: false },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: '5 criteria: moderate',
    answers: journey(['stimulants'], {
      'larger-amounts': 'yes',
      'cut-down': 'yes',
      craving: 'yes',
      'time-spent': 'yes',
      conflicts: 'yes',
    }),
    level: 'moderate',
    substances: {
      stimulants: {
        count: 5,
        band: 'moderate',
        groups: ['impaired-control', 'precedence'],
        dependence: true,
      },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: '6 criteria (5 + hazardous): severe, hazardous adds no ICD-11 group',
    answers: journey(['stimulants'], {
      'larger-amounts': 'yes',
      'cut-down': 'yes',
      craving: 'yes',
      'time-spent': 'yes',
      conflicts: 'yes',
      'hazardous-use': 'yes',
    }),
    level: 'severe',
    substances: {
      stimulants: {
        count: 6,
        band: 'severe',
        groups: ['impaired-control', 'precedence'],
        dependence: true,
      },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'hazardous + craving: mild, only impaired control → not indicated',
    answers: journey(['cannabis'], { 'hazardous-use': 'yes', craving: 'yes' }),
    level: 'mild',
    substances: {
      cannabis: { count: 2, band: 'mild', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'hazardous alone: risky, no ICD-11 group',
    answers: journey(['cannabis'], { 'hazardous-use': 'yes' }),
    level: 'risky',
    substances: { cannabis: { count: 1, band: 'none', groups: [], dependence: false } },
    flags: [],
    alcohol: null,
  },
  // Needing it to get through the day: a warning sign shown, never DSM-5 criterion 5
  {
    name: 'needs-to-function and neglects-duties: obligations from the duties page alone',
    answers: journey(['cannabis'], { 'needs-to-function': 'yes', 'neglects-duties': 'yes' }),
    level: 'risky',
    substances: {
      cannabis: {
        count: 1,
        band: 'none',
        groups: ['precedence'],
        dependence: false,
        warningSigns: ['needs-to-function'],
      },
    },
    flags: [],
    alcohol: null,
    evidence: { cannabis: { obligations: ['neglects-duties'] } },
  },
  {
    name: 'needs-to-function alone: no criterion, but a warning sign is never "no signs"',
    answers: journey(['cannabis'], { 'needs-to-function': 'yes' }),
    level: 'risky',
    substances: { cannabis: { ...nothing, warningSigns: ['needs-to-function'] } },
    flags: [],
    alcohol: null,
  },
  {
    name: 'needs-to-function + craving + cut-down: 2 criteria, mild (the warning sign adds none)',
    answers: journey(['cannabis'], {
      'needs-to-function': 'yes',
      craving: 'yes',
      'cut-down': 'yes',
    }),
    level: 'mild',
    substances: {
      cannabis: {
        count: 2,
        band: 'mild',
        groups: ['impaired-control'],
        dependence: false,
        warningSigns: ['needs-to-function'],
      },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'needs-to-function for a medicine taken as prescribed: never listed',
    answers: journey(['sedatives'], {
      'prescribed.sedatives': 'as-prescribed',
      'needs-to-function': 'yes',
    }),
    level: 'none',
    substances: { sedatives: { ...nothing, asPrescribed: true } },
    flags: [],
    alcohol: null,
  },
  {
    name: 'needs-to-function with alcohol and cannabis, "which" cannabis: cannabis only',
    answers: journey(['alcohol', 'cannabis'], {
      ...drinks(1, 2),
      'needs-to-function': 'yes',
      'needs-to-function.which': ['cannabis'],
    }),
    level: 'risky',
    substances: { alcohol: nothing, cannabis: { ...nothing, warningSigns: ['needs-to-function'] } },
    flags: [],
    alcohol: within(2),
  },
  // GHB/GBL: withdrawal is risky to stop abruptly
  {
    name: 'GHB with withdrawal: do not stop abruptly',
    answers: journey(['ghb'], { withdrawal: 'yes' }),
    level: 'risky',
    substances: { ghb: { count: 1, band: 'none', groups: ['physiological'], dependence: false } },
    flags: ['do-not-stop-abruptly'],
    alcohol: null,
    flagConcerns: { 'do-not-stop-abruptly': ['withdrawal'] },
  },
  {
    name: 'GHB without withdrawal (craving): no "do not stop" flag',
    answers: journey(['ghb'], { craving: 'yes' }),
    level: 'risky',
    substances: {
      ghb: { count: 1, band: 'none', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'GHB with severe withdrawal: urgent and do not stop abruptly',
    answers: journey(['ghb'], { 'severe-withdrawal': 'yes' }),
    level: 'risky',
    substances: { ghb: nothing },
    flags: ['urgent', 'do-not-stop-abruptly'],
    alcohol: null,
  },
  {
    name: 'GHB mixed with alcohol: harm reduction',
    answers: journey(['alcohol', 'ghb'], { ...drinks(1, 2), mixing: 'yes' }),
    level: 'risky',
    substances: { alcohol: nothing, ghb: nothing },
    flags: ['harm-reduction'],
    alcohol: within(2),
    flagConcerns: { 'harm-reduction': ['mixing'] },
  },
  {
    name: 'every sign for stimulants: 11 criteria, severe, all three groups, no withdrawal flag',
    answers: journey(['stimulants'], allSigns),
    level: 'severe',
    substances: {
      stimulants: {
        count: 11,
        band: 'severe',
        groups: ['impaired-control', 'precedence', 'physiological'],
        dependence: true,
        warningSigns: ['needs-to-function'],
      },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'cannabis tolerance + withdrawal: mild, no "do not stop abruptly" for cannabis',
    answers: journey(['cannabis'], { tolerance: 'yes', withdrawal: 'yes' }),
    level: 'mild',
    substances: {
      cannabis: { count: 2, band: 'mild', groups: ['physiological'], dependence: false },
    },
    flags: [],
    alcohol: null,
  },
  // Medicines and prescriptions
  {
    name: 'sedatives as prescribed, tolerance + withdrawal: 0 counted, but the flag makes it risky',
    answers: journey(['sedatives'], {
      'frequency.sedatives': 'daily',
      'prescribed.sedatives': 'as-prescribed',
      tolerance: 'yes',
      withdrawal: 'yes',
    }),
    level: 'risky',
    substances: {
      sedatives: { ...nothing, uncounted: ['tolerance', 'withdrawal'], asPrescribed: true },
    },
    flags: ['do-not-stop-abruptly'],
    alcohol: null,
    evidence: { sedatives: { tolerance: ['tolerance'], withdrawal: ['withdrawal'] } },
    flagEvidence: { 'do-not-stop-abruptly': ['withdrawal'] },
    flagConcerns: { 'do-not-stop-abruptly': ['withdrawal'] },
  },
  {
    name: 'sedatives more than prescribed, tolerance + withdrawal: 3 counted, mild',
    answers: journey(['sedatives'], {
      'prescribed.sedatives': 'more-than-prescribed',
      tolerance: 'yes',
      withdrawal: 'yes',
    }),
    level: 'mild',
    substances: {
      sedatives: {
        count: 3,
        band: 'mild',
        groups: ['impaired-control', 'physiological'],
        dependence: true,
      },
    },
    flags: ['do-not-stop-abruptly'],
    alcohol: null,
    evidence: { sedatives: { 'larger-amounts': ['prescribed.sedatives'] } },
  },
  {
    name: 'sedatives not prescribed, tolerance: counted, risky',
    answers: journey(['sedatives'], { 'prescribed.sedatives': 'not-prescribed', tolerance: 'yes' }),
    level: 'risky',
    substances: {
      sedatives: { count: 1, band: 'none', groups: ['physiological'], dependence: false },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'sedatives as prescribed, cut-down + craving + tolerance: 2 counted, no physiological group',
    answers: journey(['sedatives'], {
      'prescribed.sedatives': 'as-prescribed',
      'cut-down': 'yes',
      craving: 'yes',
      tolerance: 'yes',
    }),
    level: 'mild',
    substances: {
      sedatives: {
        count: 2,
        band: 'mild',
        groups: ['impaired-control'],
        dependence: false,
        uncounted: ['tolerance'],
        asPrescribed: true,
      },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'other medicines as prescribed with withdrawal: uncounted, no withdrawal risk, no flag',
    answers: journey(['other-medicines'], {
      'prescribed.other-medicines': 'as-prescribed',
      withdrawal: 'yes',
    }),
    level: 'none',
    substances: {
      'other-medicines': { ...nothing, uncounted: ['withdrawal'], asPrescribed: true },
    },
    flags: [],
    alcohol: null,
  },
  {
    name: 'tolerance for two medicines: counted for the one over-used, not the prescribed one',
    answers: journey(['opioid-painkillers', 'sedatives'], {
      'prescribed.opioid-painkillers': 'more-than-prescribed',
      'prescribed.sedatives': 'as-prescribed',
      tolerance: 'yes',
      'tolerance.which': ['opioid-painkillers', 'sedatives'],
    }),
    level: 'mild',
    substances: {
      'opioid-painkillers': {
        count: 2,
        band: 'mild',
        groups: ['impaired-control', 'physiological'],
        dependence: true,
      },
      sedatives: { ...nothing, uncounted: ['tolerance'], asPrescribed: true },
    },
    flags: [],
    alcohol: null,
    evidence: {
      'opioid-painkillers': {
        'larger-amounts': ['prescribed.opioid-painkillers'],
        tolerance: ['tolerance', 'tolerance.which'],
      },
      sedatives: { tolerance: ['tolerance', 'tolerance.which'] },
    },
  },
  // Alcohol against 10 a week / 4 a day / under 18: the week is drinking days × a typical day
  {
    name: 'alcohol 3 days × 3: 9 a week, within (never a band midpoint of 12)',
    answers: journey(['alcohol'], drinks(3, 3)),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: {
      ...within(9),
      evidence: ['alcohol-days', 'alcohol-typical-day', 'alcohol-heavy-days'],
    },
  },
  {
    name: 'alcohol 0 days a week (less often), 4 on a typical day: no week, within',
    answers: journey(['alcohol'], drinks(0, 4)),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(0),
  },
  {
    name: 'alcohol 0 days a week, 5 on a typical day: above 4 a day',
    answers: journey(['alcohol'], drinks(0, 5)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(0), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 4 days × 2: 8 a week, within',
    answers: journey(['alcohol'], drinks(4, 2)),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(8),
  },
  {
    name: 'alcohol 4 days × 3: 12 a week, above 10',
    answers: journey(['alcohol'], drinks(4, 3)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(12), aboveWeekly: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 2 days × 5: exactly 10 a week is within the weekly limit, 5 a day is not',
    answers: journey(['alcohol'], drinks(2, 5)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(10), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 1 day × 11: 11 a week is above the weekly limit',
    answers: journey(['alcohol'], drinks(1, 11)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(11), aboveWeekly: true, aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 1 day × 2, but 5+ on a day a few times a year: above 4 a day',
    answers: journey(['alcohol'], drinks(1, 2, 'few-times-a-year')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(2), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'age 15-17 drinking 1 on a day less often than weekly: under 18, above',
    answers: journey(['alcohol'], drinks(0, 1), '15-17'),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: {
      ...within(0),
      underAge: true,
      aboveRecommendation: true,
      evidence: ['age-group', 'alcohol-days', 'alcohol-typical-day', 'alcohol-heavy-days'],
    },
  },
  {
    name: 'age under 15 drinking 3 on a day less often than weekly: under 18',
    answers: journey(['alcohol'], drinks(0, 3), 'under-15'),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(0), underAge: true, aboveRecommendation: true },
  },
  {
    name: 'age 18-24 drinking 3 on a day less often than weekly: within',
    answers: journey(['alcohol'], drinks(0, 3), '18-24'),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(0),
  },
  // Heavy drinking on most days: more than 4 on a typical day, on 5 or more days a week
  {
    name: 'alcohol 5 days × 5: do not stop abruptly, with no withdrawal reported',
    answers: journey(['alcohol'], drinks(5, 5, 'most-days')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: ['do-not-stop-abruptly'],
    alcohol: { ...within(25), aboveWeekly: true, aboveDaily: true, aboveRecommendation: true },
    flagEvidence: { 'do-not-stop-abruptly': ['alcohol-days', 'alcohol-typical-day'] },
    flagConcerns: { 'do-not-stop-abruptly': ['daily-heavy-drinking'] },
  },
  {
    name: 'alcohol 4 days × 5: above both limits, but not most days: no "do not stop" flag',
    answers: journey(['alcohol'], drinks(4, 5, 'weekly')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(20), aboveWeekly: true, aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 5 days × 4: above 10 a week, but 4 a day is not heavy: no flag',
    answers: journey(['alcohol'], drinks(5, 4)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(20), aboveWeekly: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 7 days × 6: do not stop abruptly',
    answers: journey(['alcohol'], drinks(7, 6, 'most-days')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: ['do-not-stop-abruptly'],
    alcohol: { ...within(42), aboveWeekly: true, aboveDaily: true, aboveRecommendation: true },
    flagConcerns: { 'do-not-stop-abruptly': ['daily-heavy-drinking'] },
  },
  {
    name: 'alcohol 5 days × 5 with withdrawal: both reasons, evidence in step order',
    answers: journey(['alcohol'], { ...drinks(5, 5, 'most-days'), withdrawal: 'yes' }),
    level: 'risky',
    substances: {
      alcohol: { count: 1, band: 'none', groups: ['physiological'], dependence: false },
    },
    flags: ['do-not-stop-abruptly'],
    alcohol: { ...within(25), aboveWeekly: true, aboveDaily: true, aboveRecommendation: true },
    flagEvidence: {
      'do-not-stop-abruptly': ['alcohol-days', 'alcohol-typical-day', 'withdrawal'],
    },
    flagConcerns: { 'do-not-stop-abruptly': ['withdrawal', 'daily-heavy-drinking'] },
  },
  // Pregnancy: any alcohol is above the recommendation
  {
    name: 'pregnant, alcohol 1 day × 1: above the recommendation, with its own reason',
    answers: journey(['alcohol'], { ...drinks(1, 1), pregnancy: 'yes' }),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: {
      ...within(1),
      pregnant: true,
      aboveRecommendation: true,
      evidence: ['pregnancy', 'alcohol-days', 'alcohol-typical-day', 'alcohol-heavy-days'],
    },
    pregnancy: 'pregnant',
  },
  {
    name: 'not pregnant, alcohol 1 day × 1: within',
    answers: journey(['alcohol'], { ...drinks(1, 1), pregnancy: 'no' }),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(1), pregnant: false },
    pregnancy: 'not-pregnant',
  },
  {
    name: 'pregnancy "not relevant for me", alcohol 1 day × 1: within',
    answers: journey(['alcohol'], { ...drinks(1, 1), pregnancy: 'not-relevant' }),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(1), pregnant: false },
    pregnancy: 'not-pregnant',
  },
  {
    name: 'a relative who does not know about pregnancy: unknown, drinking judged as usual',
    answers: journey(['alcohol'], {
      audience: 'relative',
      relationship: 'partner',
      ...drinks(1, 1),
      pregnancy: 'dont-know',
    }),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(1), pregnant: false },
    pregnancy: 'unknown',
  },
  {
    name: '"don\'t know" about pregnancy is not offered to the person themselves: no answer',
    answers: journey(['alcohol'], { ...drinks(1, 1), pregnancy: 'dont-know' }),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(1),
    pregnancy: null,
  },
  {
    name: 'pregnant, cannabis only: no alcohol figures, pregnancy kept for help',
    answers: journey(['cannabis'], { pregnancy: 'yes' }),
    level: 'none',
    substances: { cannabis: nothing },
    flags: [],
    alcohol: null,
    pregnancy: 'pregnant',
  },
  {
    name: '"none" chosen: pregnancy is not asked, so an answer is ignored',
    answers: journey(['none'], { pregnancy: 'yes' }),
    level: 'none',
    substances: {},
    flags: [],
    alcohol: null,
    pregnancy: null,
  },
  {
    name: 'alcohol within, withdrawal: risky, do not stop abruptly',
    answers: journey(['alcohol'], { ...drinks(1, 2), withdrawal: 'yes' }),
    level: 'risky',
    substances: {
      alcohol: { count: 1, band: 'none', groups: ['physiological'], dependence: false },
    },
    flags: ['do-not-stop-abruptly'],
    alcohol: within(2),
    flagEvidence: { 'do-not-stop-abruptly': ['withdrawal'] },
    flagConcerns: { 'do-not-stop-abruptly': ['withdrawal'] },
  },
  {
    name: 'alcohol above 10 a week with two signs: the band (mild) wins over risky',
    answers: journey(['alcohol'], { ...drinks(7, 2), craving: 'yes', 'cut-down': 'yes' }),
    level: 'mild',
    substances: {
      alcohol: { count: 2, band: 'mild', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: { ...within(14), aboveWeekly: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol 0 days × 2 but 5+ on 4–7 days a week: above 4 a day (answers disagree: warn)',
    answers: journey(['alcohol'], drinks(0, 2, 'most-days')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(0), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'age 65-plus drinking within: not under 18 though the band has no upper end',
    answers: journey(['alcohol'], drinks(1, 2), '65-plus'),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(2),
  },
  // Flags
  {
    name: 'opioids with withdrawal: do not stop abruptly',
    answers: journey(['opioids'], { withdrawal: 'yes' }),
    level: 'risky',
    substances: {
      opioids: { count: 1, band: 'none', groups: ['physiological'], dependence: false },
    },
    flags: ['do-not-stop-abruptly'],
    alcohol: null,
  },
  {
    name: 'cannabis, no signs, thoughts of self-harm: urgent and risky, never "no signs"',
    answers: journey(['cannabis'], { 'self-harm': 'yes' }),
    level: 'risky',
    substances: { cannabis: nothing },
    flags: ['urgent'],
    alcohol: null,
    flagEvidence: { urgent: ['self-harm'] },
    flagConcerns: { urgent: ['self-harm'] },
  },
  {
    name: 'overdose in the past 4 weeks, no signs: urgent, risky',
    answers: journey(['opioids'], { overdose: 'past-4-weeks' }),
    level: 'risky',
    substances: { opioids: nothing },
    flags: ['urgent'],
    alcohol: null,
    flagEvidence: { urgent: ['overdose'] },
    flagConcerns: { urgent: ['overdose'] },
  },
  {
    name: 'overdose earlier: harm reduction, risky',
    answers: journey(['cannabis'], { overdose: 'earlier' }),
    level: 'risky',
    substances: { cannabis: nothing },
    flags: ['harm-reduction'],
    alcohol: null,
    flagEvidence: { 'harm-reduction': ['overdose'] },
    flagConcerns: { 'harm-reduction': ['overdose'] },
  },
  {
    name: 'severe withdrawal with alcohol within the recommendation: urgent, do not stop, risky',
    answers: journey(['alcohol'], { ...drinks(1, 2), 'severe-withdrawal': 'yes' }),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: ['urgent', 'do-not-stop-abruptly'],
    alcohol: within(2),
    flagEvidence: {
      urgent: ['severe-withdrawal'],
      'do-not-stop-abruptly': ['severe-withdrawal'],
    },
    flagConcerns: {
      urgent: ['severe-withdrawal'],
      'do-not-stop-abruptly': ['severe-withdrawal'],
    },
  },
  {
    name: 'injecting without sharing: harm reduction',
    answers: journey(['stimulants'], { injecting: 'yes' }),
    level: 'risky',
    substances: { stimulants: nothing },
    flags: ['harm-reduction'],
    alcohol: null,
    flagEvidence: { 'harm-reduction': ['injecting'] },
  },
  {
    name: 'injecting and sharing equipment: one harm-reduction flag with both answers',
    answers: journey(['stimulants'], { injecting: 'yes', 'sharing-equipment': 'yes' }),
    level: 'risky',
    substances: { stimulants: nothing },
    flags: ['harm-reduction'],
    alcohol: null,
    flagEvidence: { 'harm-reduction': ['injecting', 'sharing-equipment'] },
    flagConcerns: { 'harm-reduction': ['injecting', 'sharing-equipment'] },
  },
  {
    name: 'mixing alcohol and cannabis: harm reduction',
    answers: journey(['alcohol', 'cannabis'], { ...drinks(1, 2), mixing: 'yes' }),
    level: 'risky',
    substances: { alcohol: nothing, cannabis: nothing },
    flags: ['harm-reduction'],
    alcohol: within(2),
    flagEvidence: { 'harm-reduction': ['mixing'] },
    flagConcerns: { 'harm-reduction': ['mixing'] },
  },
  {
    name: 'all three flags, in order, with withdrawal attributed to opioids only',
    answers: journey(['sedatives', 'opioids'], {
      'prescribed.sedatives': 'not-prescribed',
      withdrawal: 'yes',
      'withdrawal.which': ['opioids'],
      injecting: 'yes',
      'self-harm': 'yes',
    }),
    level: 'risky',
    substances: {
      sedatives: nothing,
      opioids: { count: 1, band: 'none', groups: ['physiological'], dependence: false },
    },
    flags: ['urgent', 'harm-reduction', 'do-not-stop-abruptly'],
    alcohol: null,
    evidence: { opioids: { withdrawal: ['withdrawal', 'withdrawal.which'] } },
    flagEvidence: {
      urgent: ['self-harm'],
      'harm-reduction': ['injecting'],
      'do-not-stop-abruptly': ['withdrawal', 'withdrawal.which'],
    },
    flagConcerns: {
      urgent: ['self-harm'],
      'harm-reduction': ['injecting'],
      'do-not-stop-abruptly': ['withdrawal'],
    },
  },
  {
    name: 'prescribed sedative with withdrawal and severe withdrawal: evidence in step order, risky',
    answers: journey(['sedatives'], {
      'prescribed.sedatives': 'as-prescribed',
      withdrawal: 'yes',
      'severe-withdrawal': 'yes',
    }),
    level: 'risky',
    substances: { sedatives: { ...nothing, uncounted: ['withdrawal'], asPrescribed: true } },
    flags: ['urgent', 'do-not-stop-abruptly'],
    alcohol: null,
    flagEvidence: {
      urgent: ['severe-withdrawal'],
      'do-not-stop-abruptly': ['withdrawal', 'severe-withdrawal'],
    },
    flagConcerns: {
      urgent: ['severe-withdrawal'],
      'do-not-stop-abruptly': ['severe-withdrawal', 'withdrawal'],
    },
  },
  // Attribution through "which of them?"
  {
    name: 'signs attributed through "which of them?" for two substances',
    answers: journey(['cannabis', 'stimulants'], {
      craving: 'yes',
      'craving.which': ['stimulants'],
      conflicts: 'yes',
      'conflicts.which': ['cannabis', 'stimulants'],
    }),
    level: 'mild',
    substances: {
      cannabis: { count: 1, band: 'none', groups: ['precedence'], dependence: false },
      stimulants: {
        count: 2,
        band: 'mild',
        groups: ['impaired-control', 'precedence'],
        dependence: true,
      },
    },
    flags: [],
    alcohol: null,
    evidence: {
      cannabis: { social: ['conflicts', 'conflicts.which'] },
      stimulants: {
        craving: ['craving', 'craving.which'],
        social: ['conflicts', 'conflicts.which'],
      },
    },
  },
  // Hidden answers are ignored
  {
    name: 'a "which of them?" answer left over after one substance is chosen is ignored',
    answers: journey(['cannabis'], { craving: 'yes', 'craving.which': ['nicotine'] }),
    level: 'risky',
    substances: {
      cannabis: { count: 1, band: 'none', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: null,
    evidence: { cannabis: { craving: ['craving'] } },
  },
  {
    name: 'a "which of them?" answer after a "no" is ignored',
    answers: journey(['cannabis', 'stimulants'], { 'craving.which': ['stimulants'] }),
    level: 'none',
    substances: { cannabis: nothing, stimulants: nothing },
    flags: [],
    alcohol: null,
  },
  {
    name: 'answers about substances not chosen are ignored',
    answers: journey(['alcohol'], {
      ...drinks(1, 2),
      'frequency.cannabis': 'daily',
      'prescribed.sedatives': 'more-than-prescribed',
    }),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(2),
  },
  {
    name: 'alcohol figures left over after alcohol is unchosen are ignored',
    answers: journey(['cannabis'], drinks(7, 12, 'most-days'), '15-17'),
    level: 'none',
    substances: { cannabis: nothing },
    flags: [],
    alcohol: null,
  },
  {
    name: 'sharing equipment without injecting is ignored',
    answers: journey(['stimulants'], { injecting: 'no', 'sharing-equipment': 'yes' }),
    level: 'none',
    substances: { stimulants: nothing },
    flags: [],
    alcohol: null,
  },
  {
    name: 'injecting and mixing are not asked for cannabis alone, so are ignored',
    answers: journey(['cannabis'], { injecting: 'yes', mixing: 'yes' }),
    level: 'none',
    substances: { cannabis: nothing },
    flags: [],
    alcohol: null,
  },
  {
    name: 'mixing is not asked for nicotine + cannabis, so is ignored',
    answers: journey(['nicotine', 'cannabis'], { mixing: 'yes' }),
    level: 'none',
    substances: { nicotine: nothing, cannabis: nothing },
    flags: [],
    alcohol: null,
  },
];

describe('assess on hand-worked answers', () => {
  it('has the cases the brief asks for', () => {
    expect(cases.length).toBeGreaterThanOrEqual(75);
  });

  it.each(cases)('$name', (c) => {
    const result = assess(questionnaire, c.answers);

    expect(result.level).toBe(c.level);
    expect(result.substances.map((s) => s.substance)).toEqual(Object.keys(c.substances));
    for (const s of result.substances) {
      const expected = c.substances[s.substance];
      expect({
        count: s.criteriaCount,
        band: s.band,
        groups: s.icd11Groups,
        dependence: s.dependenceIndicated,
        uncounted: s.criteria.filter((f) => !f.counted).map((f) => f.criterion),
        asPrescribed: s.takenAsPrescribed,
        warningSigns: s.warningSigns.map((w) => w.sign),
      }).toEqual({ uncounted: [], asPrescribed: false, warningSigns: [], ...expected });
      expect(s.criteria.filter((f) => f.counted)).toHaveLength(s.criteriaCount);
    }
    expect(result.flags.map((f) => f.flag)).toEqual(c.flags);

    if (c.alcohol === null) {
      expect(result.alcohol).toBeUndefined();
    } else {
      expect(result.alcohol).toMatchObject(c.alcohol);
    }

    for (const [substance, byCriterion] of Object.entries(c.evidence ?? {})) {
      const found = result.substances.find((s) => s.substance === substance);
      for (const [criterion, evidence] of Object.entries(byCriterion)) {
        expect(found?.criteria.find((f) => f.criterion === criterion)?.evidence).toEqual(evidence);
      }
    }
    for (const [flag, evidence] of Object.entries(c.flagEvidence ?? {})) {
      expect(result.flags.find((f) => f.flag === flag)?.evidence).toEqual(evidence);
    }
    for (const [flag, concerns] of Object.entries(c.flagConcerns ?? {})) {
      expect(result.flags.find((f) => f.flag === flag)?.concerns).toEqual(concerns);
    }
    if (c.pregnancy !== undefined) expect(result.pregnancy?.status ?? null).toBe(c.pregnancy);
  });

  it('keeps the age group and its ages beside the result', () => {
    const result = assess(questionnaire, journey(['cannabis'], {}, '36-64'));
    expect(result.ageGroup).toBe('36-64');
    expect(result.age).toEqual({ from: 36, to: 64 });
  });
});
