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
    ...noSigns,
    ...noSafetyConcerns,
    ...rest,
  };
}

function drinks(frequency: string, typicalDay: number, heavyDays = 'never'): Answers {
  return {
    'frequency.alcohol': frequency,
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
}

interface AlcoholExpectation {
  weeklyDrinks: number;
  aboveWeekly: boolean;
  aboveDaily: boolean;
  underAge: boolean;
  aboveRecommendation: boolean;
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
      ...drinks('daily', 12, 'most-days'),
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
  {
    name: 'needs-to-function and neglects-duties are one criterion (obligations)',
    answers: journey(['cannabis'], { 'needs-to-function': 'yes', 'neglects-duties': 'yes' }),
    level: 'risky',
    substances: { cannabis: { count: 1, band: 'none', groups: ['precedence'], dependence: false } },
    flags: [],
    alcohol: null,
    evidence: { cannabis: { obligations: ['needs-to-function', 'neglects-duties'] } },
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
  // Alcohol against 10 a week / 4 a day / under 18
  {
    name: 'alcohol monthly, 4 on a typical day: 2 a week, within',
    answers: journey(['alcohol'], drinks('monthly', 4)),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: {
      ...within(2),
      evidence: ['frequency.alcohol', 'alcohol-typical-day', 'alcohol-heavy-days'],
    },
  },
  {
    name: 'alcohol monthly, 5 on a typical day: above 4 a day',
    answers: journey(['alcohol'], drinks('monthly', 5)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(2.5), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol several times a week, 2 a day: 8 a week, within',
    answers: journey(['alcohol'], drinks('several-weekly', 2)),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(8),
  },
  {
    name: 'alcohol several times a week, 3 a day: 12 a week, above 10',
    answers: journey(['alcohol'], drinks('several-weekly', 3)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(12), aboveWeekly: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol monthly, 20 a day: exactly 10 a week is within the weekly limit',
    answers: journey(['alcohol'], drinks('monthly', 20)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(10), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol monthly, 22 a day: 11 a week is above the weekly limit',
    answers: journey(['alcohol'], drinks('monthly', 22)),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(11), aboveWeekly: true, aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol weekly, 2 a day, but 5+ on a day a few times a year: above 4 a day',
    answers: journey(['alcohol'], drinks('weekly', 2, 'few-times-a-year')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(3), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'age 15-17 drinking 1 less than monthly: under 18, above the recommendation',
    answers: journey(['alcohol'], drinks('less-than-monthly', 1), '15-17'),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: {
      ...within(0.1),
      underAge: true,
      aboveRecommendation: true,
      evidence: ['age-group', 'frequency.alcohol', 'alcohol-typical-day', 'alcohol-heavy-days'],
    },
  },
  {
    name: 'age under 15 drinking 3 less than monthly: under 18',
    answers: journey(['alcohol'], drinks('less-than-monthly', 3), 'under-15'),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(0.3), underAge: true, aboveRecommendation: true },
  },
  {
    name: 'age 18-24 drinking 3 less than monthly: within',
    answers: journey(['alcohol'], drinks('less-than-monthly', 3), '18-24'),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(0.3),
  },
  {
    name: 'alcohol within, withdrawal: risky, do not stop abruptly',
    answers: journey(['alcohol'], { ...drinks('monthly', 2), withdrawal: 'yes' }),
    level: 'risky',
    substances: {
      alcohol: { count: 1, band: 'none', groups: ['physiological'], dependence: false },
    },
    flags: ['do-not-stop-abruptly'],
    alcohol: within(1),
    flagEvidence: { 'do-not-stop-abruptly': ['withdrawal'] },
    flagConcerns: { 'do-not-stop-abruptly': ['withdrawal'] },
  },
  {
    name: 'alcohol above 10 a week with two signs: the band (mild) wins over risky',
    answers: journey(['alcohol'], { ...drinks('daily', 2), craving: 'yes', 'cut-down': 'yes' }),
    level: 'mild',
    substances: {
      alcohol: { count: 2, band: 'mild', groups: ['impaired-control'], dependence: false },
    },
    flags: [],
    alcohol: { ...within(13), aboveWeekly: true, aboveRecommendation: true },
  },
  {
    name: 'alcohol monthly, 2 a day, 5+ on 4–7 days a week: above 4 a day',
    answers: journey(['alcohol'], drinks('monthly', 2, 'most-days')),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: { ...within(1), aboveDaily: true, aboveRecommendation: true },
  },
  {
    name: 'age 65-plus drinking within: not under 18 though the band has no upper end',
    answers: journey(['alcohol'], drinks('weekly', 2), '65-plus'),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(3),
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
    answers: journey(['alcohol'], { ...drinks('monthly', 2), 'severe-withdrawal': 'yes' }),
    level: 'risky',
    substances: { alcohol: nothing },
    flags: ['urgent', 'do-not-stop-abruptly'],
    alcohol: within(1),
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
    answers: journey(['alcohol', 'cannabis'], { ...drinks('monthly', 2), mixing: 'yes' }),
    level: 'risky',
    substances: { alcohol: nothing, cannabis: nothing },
    flags: ['harm-reduction'],
    alcohol: within(1),
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
      ...drinks('monthly', 2),
      'frequency.cannabis': 'daily',
      'prescribed.sedatives': 'more-than-prescribed',
    }),
    level: 'none',
    substances: { alcohol: nothing },
    flags: [],
    alcohol: within(1),
  },
  {
    name: 'alcohol figures left over after alcohol is unchosen are ignored',
    answers: journey(['cannabis'], drinks('daily', 12, 'most-days'), '15-17'),
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
    expect(cases.length).toBeGreaterThanOrEqual(28);
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
      }).toEqual({ uncounted: [], asPrescribed: false, ...expected });
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
  });

  it('keeps the age group and its ages beside the result', () => {
    const result = assess(questionnaire, journey(['cannabis'], {}, '36-64'));
    expect(result.ageGroup).toBe('36-64');
    expect(result.age).toEqual({ from: 36, to: 64 });
  });
});
