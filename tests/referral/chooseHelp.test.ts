import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagIds } from '../../src/questionnaire/vocabulary';
import { chooseHelp } from '../../src/referral/chooseHelp';
import { reasonIds } from '../../src/referral/reasons';
import type { ReferralInput } from '../../src/referral/referral';
import { serviceIds } from '../../src/referral/services';
import type { AgeRange } from '../../src/questionnaire/definitionSchema';
import type { ResultLevel } from '../../src/scoring/assessment';

/** The age bands of the real questionnaire, restated by hand (both ends included). */
const ages = {
  'under-15': { from: 0, to: 14 },
  '15-17': { from: 15, to: 17 },
  '18-24': { from: 18, to: 24 },
  '25-35': { from: 25, to: 35 },
  '36-64': { from: 36, to: 64 },
  '65-plus': { from: 65 },
} satisfies Record<string, AgeRange>;

/** A substance as a case names it: without its own level, it shows the overall level. */
type Substance = Omit<ReferralInput['substances'][number], 'level'> & { level?: ResultLevel };

const alcohol: Substance = { code: 'alcohol', kind: 'alcohol' };
const nicotine: Substance = { code: 'nicotine', kind: 'nicotine' };
const cannabis: Substance = { code: 'cannabis', kind: 'other' };
const opioids: Substance = { code: 'opioids', kind: 'other' };
const sedatives: Substance = { code: 'sedatives', kind: 'medicine' };
const painkillers: Substance = { code: 'opioid-painkillers', kind: 'medicine' };

type Case = Omit<Partial<ReferralInput>, 'substances'> & { substances?: Substance[] };

function input({ substances = [], ...overrides }: Case): ReferralInput {
  const level = overrides.level ?? 'none';
  return {
    level,
    audience: 'self',
    age: ages['36-64'],
    flags: [],
    selfHarm: false,
    ...overrides,
    substances: substances.map((s) => ({ ...s, level: s.level ?? level })),
  };
}

function referralsOf(help: ReturnType<typeof chooseHelp>): string[] {
  return help.map((r) => `${r.service}:${r.reason}`);
}

const urgentWithSelfHarm = [
  'emergency-112:urgent-danger-to-life',
  'livslinien:urgent-self-harm',
  'giftlinjen:urgent-poisoning',
];
const urgentWithoutSelfHarm = [
  'emergency-112:urgent-danger-to-life',
  'livslinien:urgent-crisis',
  'giftlinjen:urgent-poisoning',
];

// Each row is worked out by hand from the rules in src/referral/rules.
const cases: [string, Case, string[]][] = [
  // Levels, alcohol
  ['none, alcohol', { substances: [alcohol] }, ['own-gp:gp-if-you-wonder']],
  [
    'risky, alcohol: Alkolinjen, no treatment yet',
    { level: 'risky', substances: [alcohol] },
    ['own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'mild, alcohol: municipal alcohol treatment',
    { level: 'mild', substances: [alcohol] },
    ['municipal-alcohol-treatment:alcohol-treatment', 'own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'moderate, alcohol, 65-plus',
    { level: 'moderate', substances: [alcohol], age: ages['65-plus'] },
    ['municipal-alcohol-treatment:alcohol-treatment', 'own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'severe, alcohol, do-not-stop-abruptly: the withdrawal reason wins for the GP',
    { level: 'severe', substances: [alcohol], flags: ['do-not-stop-abruptly'] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-withdrawal',
      'alkolinjen:alcohol-line',
    ],
  ],
  // Levels, drugs
  ['none, cannabis, 36-64', { substances: [cannabis] }, ['own-gp:gp-if-you-wonder']],
  [
    'risky, cannabis, 25-35',
    { level: 'risky', substances: [cannabis], age: ages['25-35'] },
    ['own-gp:gp-talk'],
  ],
  [
    'mild, cannabis, 25-35: drug treatment, too old for netstof',
    { level: 'mild', substances: [cannabis], age: ages['25-35'] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk'],
  ],
  [
    'severe, cannabis, 25-35',
    { level: 'severe', substances: [cannabis], age: ages['25-35'] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk'],
  ],
  [
    'moderate, alcohol and cannabis: both treatments, alcohol first',
    { level: 'moderate', substances: [cannabis, alcohol] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'municipal-drug-treatment:drug-treatment',
      'own-gp:gp-talk',
      'alkolinjen:alcohol-line',
    ],
  ],
  // Nicotine
  [
    'nicotine only, severe: the GP only',
    { level: 'severe', substances: [nicotine] },
    ['own-gp:gp-talk'],
  ],
  [
    'nicotine only, mild, 18-24',
    { level: 'mild', substances: [nicotine], age: ages['18-24'] },
    ['own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'alcohol and nicotine, mild: no drug treatment',
    { level: 'mild', substances: [alcohol, nicotine] },
    ['municipal-alcohol-treatment:alcohol-treatment', 'own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'nicotine and cannabis, mild: drug treatment for cannabis',
    { level: 'mild', substances: [nicotine, cannabis] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk'],
  ],
  [
    'a nicotine product under another code is still nicotine by its kind: no drug treatment',
    { level: 'mild', substances: [{ code: 'snus', kind: 'nicotine' }] },
    ['own-gp:gp-talk'],
  ],
  // Medicine
  ['none, sedatives: the medicine reason', { substances: [sedatives] }, ['own-gp:gp-medicine']],
  [
    'moderate, sedatives: drug treatment and the medicine reason',
    { level: 'moderate', substances: [sedatives] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-medicine'],
  ],
  [
    'severe, painkillers, do-not-stop-abruptly: withdrawal outranks medicine',
    { level: 'severe', substances: [painkillers], flags: ['do-not-stop-abruptly'] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-withdrawal'],
  ],
  [
    'mild, sedatives, harm-reduction: medicine outranks safer use',
    { level: 'mild', substances: [sedatives], flags: ['harm-reduction'] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-medicine'],
  ],
  // Harm reduction
  [
    'moderate, opioids, harm-reduction',
    { level: 'moderate', substances: [opioids], flags: ['harm-reduction'] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-safer-use'],
  ],
  // Urgent
  [
    'urgent with self-harm, level none',
    { flags: ['urgent'], selfHarm: true },
    [...urgentWithSelfHarm, 'own-gp:gp-if-you-wonder'],
  ],
  [
    'urgent without self-harm (overdose), opioids severe, harm-reduction',
    { level: 'severe', substances: [opioids], flags: ['urgent', 'harm-reduction'] },
    [...urgentWithoutSelfHarm, 'municipal-drug-treatment:drug-treatment', 'own-gp:gp-safer-use'],
  ],
  [
    'urgent with self-harm, alcohol severe, withdrawal, 18-24: everything, in order',
    {
      level: 'severe',
      substances: [alcohol],
      flags: ['do-not-stop-abruptly', 'urgent'],
      selfHarm: true,
      age: ages['18-24'],
    },
    [
      ...urgentWithSelfHarm,
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-withdrawal',
      'alkolinjen:alcohol-line',
      'netstof:young-online',
    ],
  ],
  [
    'self-harm without the urgent flag still counts as urgent',
    { level: 'risky', substances: [cannabis], selfHarm: true },
    [...urgentWithSelfHarm, 'own-gp:gp-talk'],
  ],
  // Age groups
  [
    'under-15, alcohol severe: only the GP',
    { level: 'severe', substances: [alcohol], age: ages['under-15'] },
    ['own-gp:gp-talk'],
  ],
  [
    'under-15, urgent with self-harm, cannabis moderate: urgent lines and the GP',
    {
      level: 'moderate',
      substances: [cannabis],
      flags: ['urgent'],
      selfHarm: true,
      age: ages['under-15'],
    },
    [...urgentWithSelfHarm, 'own-gp:gp-talk'],
  ],
  ['under-15, none', { age: ages['under-15'] }, ['own-gp:gp-if-you-wonder']],
  [
    '15-17, alcohol risky',
    { level: 'risky', substances: [alcohol], age: ages['15-17'] },
    ['own-gp:gp-talk', 'alkolinjen:alcohol-line', 'netstof:young-online'],
  ],
  [
    '15-17, none: netstof at any level',
    { substances: [cannabis], age: ages['15-17'] },
    ['own-gp:gp-if-you-wonder', 'netstof:young-online'],
  ],
  [
    '18-24, cannabis mild',
    { level: 'mild', substances: [cannabis], age: ages['18-24'] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'no age group, alcohol risky',
    { level: 'risky', substances: [alcohol], age: undefined },
    ['own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'an age band of 14–17, relative, child, alcohol mild: TUBA (from 14), not netstof (from 15)',
    {
      audience: 'relative',
      relationship: 'child',
      level: 'mild',
      substances: [alcohol],
      age: { from: 14, to: 17 },
    },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
      'tuba:relative-grew-up',
    ],
  ],
  [
    "a parent aged 25–36, their child asks: the age is the parent's, so TUBA is offered with its ages",
    {
      audience: 'relative',
      relationship: 'child',
      level: 'mild',
      substances: [alcohol],
      age: { from: 25, to: 36 },
    },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
      'tuba:relative-grew-up',
    ],
  ],
  [
    'an age band of 15–24 exactly: netstof',
    { substances: [cannabis], age: { from: 15, to: 24 } },
    ['own-gp:gp-if-you-wonder', 'netstof:young-online'],
  ],
  [
    "a 14-year-old, alcohol severe, their parent asks: the GP, and Alkolinjen for the parent's own sake",
    {
      audience: 'relative',
      relationship: 'parent',
      level: 'severe',
      substances: [alcohol],
      age: { from: 14, to: 14 },
    },
    ['own-gp:gp-talk', 'alkolinjen:relative-alcohol-line'],
  ],
  [
    'an age band of 10–14, alcohol severe: only the GP',
    { level: 'severe', substances: [alcohol], age: { from: 10, to: 14 } },
    ['own-gp:gp-talk'],
  ],
  // Relatives
  [
    'relative, alcohol none: Alkolinjen for relatives at any level',
    { audience: 'relative', substances: [alcohol] },
    ['own-gp:gp-if-you-wonder', 'alkolinjen:relative-alcohol-line'],
  ],
  [
    "relative, alcohol moderate: the relative's reason for Alkolinjen wins",
    { audience: 'relative', level: 'moderate', substances: [alcohol] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
    ],
  ],
  [
    'relative, sibling, 18-24, cannabis mild: netstof, no TUBA, no Alkolinjen',
    {
      audience: 'relative',
      relationship: 'sibling',
      level: 'mild',
      substances: [cannabis],
      age: ages['18-24'],
    },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'relative, child, 18-24, alcohol moderate: TUBA last',
    {
      audience: 'relative',
      relationship: 'child',
      level: 'moderate',
      substances: [alcohol],
      age: ages['18-24'],
    },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
      'netstof:young-online',
      'tuba:relative-grew-up',
    ],
  ],
  [
    'relative, child, 25-35, opioids severe: TUBA, no netstof',
    {
      audience: 'relative',
      relationship: 'child',
      level: 'severe',
      substances: [opioids],
      age: ages['25-35'],
    },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk', 'tuba:relative-grew-up'],
  ],
  [
    'a parent aged 36–64, their child asks: TUBA, whose reason names its ages',
    { audience: 'relative', relationship: 'child', level: 'mild', substances: [alcohol] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
      'tuba:relative-grew-up',
    ],
  ],
  [
    'relative, partner, children at home, cannabis mild: TUBA for the children',
    {
      audience: 'relative',
      relationship: 'partner',
      relativeConcerns: ['children'],
      level: 'mild',
      substances: [cannabis],
    },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk', 'tuba:children-at-home'],
  ],
  [
    'relative, partner, children at home, nicotine only: no TUBA',
    {
      audience: 'relative',
      relationship: 'partner',
      relativeConcerns: ['children'],
      level: 'mild',
      substances: [nicotine],
    },
    ['own-gp:gp-talk'],
  ],
  [
    "relative, parent, under-15: the GP, and Alkolinjen for the parent's own sake",
    {
      audience: 'relative',
      relationship: 'parent',
      level: 'severe',
      substances: [alcohol],
      age: ages['under-15'],
    },
    ['own-gp:gp-talk', 'alkolinjen:relative-alcohol-line'],
  ],
  [
    'relative, child, 15-17, nicotine only: no TUBA',
    {
      audience: 'relative',
      relationship: 'child',
      level: 'mild',
      substances: [nicotine],
      age: ages['15-17'],
    },
    ['own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'relative without a relationship, 25-35: no TUBA',
    { audience: 'relative', level: 'severe', substances: [alcohol], age: ages['25-35'] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
    ],
  ],
  [
    'self with relationship child: TUBA is for relatives only',
    { relationship: 'child', level: 'mild', substances: [alcohol], age: ages['25-35'] },
    ['municipal-alcohol-treatment:alcohol-treatment', 'own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'relative, urgent with self-harm, alcohol severe',
    {
      audience: 'relative',
      level: 'severe',
      substances: [alcohol],
      flags: ['urgent'],
      selfHarm: true,
    },
    [
      ...urgentWithSelfHarm,
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:relative-alcohol-line',
    ],
  ],
  // Clinician and de-duplication
  [
    'clinician, alcohol and sedatives severe, every flag but urgent: like self, one GP entry',
    {
      audience: 'clinician',
      level: 'severe',
      substances: [alcohol, sedatives],
      flags: ['harm-reduction', 'do-not-stop-abruptly'],
    },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'municipal-drug-treatment:drug-treatment',
      'own-gp:gp-withdrawal',
      'alkolinjen:alcohol-line',
    ],
  ],
  [
    'duplicate substances and flags: still each service once',
    {
      level: 'mild',
      substances: [alcohol, alcohol, cannabis, opioids],
      flags: ['urgent', 'urgent'],
    },
    [
      ...urgentWithoutSelfHarm,
      'municipal-alcohol-treatment:alcohol-treatment',
      'municipal-drug-treatment:drug-treatment',
      'own-gp:gp-talk',
      'alkolinjen:alcohol-line',
    ],
  ],
  // Treatment follows the substance that shows the signs, not every substance chosen.
  [
    'mild with alcohol only: alcohol treatment, no drug treatment for cannabis without signs',
    { level: 'mild', substances: [alcohol, { ...cannabis, level: 'none' }] },
    ['municipal-alcohol-treatment:alcohol-treatment', 'own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  [
    'moderate with cannabis only, alcohol within the recommendation: drug treatment, no alcohol line',
    { level: 'moderate', substances: [{ ...alcohol, level: 'none' }, cannabis] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk'],
  ],
  [
    'mild with cannabis, alcohol risky: drug treatment and the alcohol line, no alcohol treatment',
    { level: 'mild', substances: [{ ...alcohol, level: 'risky' }, cannabis] },
    ['municipal-drug-treatment:drug-treatment', 'own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
];

describe('chooseHelp', () => {
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(referralsOf(chooseHelp(input(overrides)))).toEqual(expected);
  });
});

const levels: ResultLevel[] = ['none', 'risky', 'mild', 'moderate', 'severe'];

/** The real bands, and any other band a questionnaire might define. */
const anyAge: fc.Arbitrary<AgeRange> = fc.oneof(
  fc.constantFrom<AgeRange>(...Object.values(ages)),
  fc
    .tuple(fc.integer({ min: 0, max: 90 }), fc.option(fc.nat({ max: 30 }), { nil: undefined }))
    .map(([from, span]): AgeRange => (span === undefined ? { from } : { from, to: from + span })),
);

const anyInput: fc.Arbitrary<ReferralInput> = fc.record({
  level: fc.constantFrom(...levels),
  substances: fc.uniqueArray(
    fc
      .tuple(
        fc.constantFrom(alcohol, nicotine, cannabis, opioids, sedatives, painkillers),
        fc.constantFrom(...levels),
      )
      .map(([substance, level]) => ({ ...substance, level })),
    { selector: (s) => s.code },
  ),
  audience: fc.constantFrom('self' as const, 'relative' as const, 'clinician' as const),
  age: fc.option(anyAge, { nil: undefined }),
  flags: fc.subarray([...flagIds]),
  selfHarm: fc.boolean(),
  relationship: fc.option(fc.constantFrom('child', 'parent', 'partner'), { nil: undefined }),
  relativeConcerns: fc.subarray(['worry', 'children', 'unsafe'] as const),
});

/** The whole range lies within `from`–`to` (the ages of docs/sources.md, restated here). */
const within = (age: AgeRange | undefined, from: number, to: number) =>
  age !== undefined && age.from >= from && age.to !== undefined && age.to <= to;

describe('chooseHelp for any input', () => {
  it('always offers the own GP, each service once, in the fixed order, with known reasons', () => {
    fc.assert(
      fc.property(anyInput, (referralInput) => {
        const help = chooseHelp(referralInput);
        const ids = help.map((r) => r.service);
        expect(ids).toContain('own-gp');
        expect(new Set(ids).size).toBe(ids.length);
        const positions = ids.map((id) => serviceIds.indexOf(id));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        for (const r of help) expect(reasonIds).toContain(r.reason);
      }),
    );
  });

  it('leads with 112, Livslinien and Giftlinjen exactly when urgent', () => {
    fc.assert(
      fc.property(anyInput, (referralInput) => {
        const ids = chooseHelp(referralInput).map((r) => r.service);
        const urgent = referralInput.flags.includes('urgent') || referralInput.selfHarm;
        expect(ids.slice(0, 3)).toEqual(
          urgent
            ? ['emergency-112', 'livslinien', 'giftlinjen']
            : expect.not.arrayContaining(['emergency-112']),
        );
        if (!urgent) expect(ids).not.toContain('livslinien');
        if (!urgent) expect(ids).not.toContain('giftlinjen');
      }),
    );
  });

  it("keeps age limits: netstof exactly for 15–24, TUBA only for a relative's own sake, under 15 only GP, urgent or a relative's help", () => {
    fc.assert(
      fc.property(anyInput, (referralInput) => {
        const help = chooseHelp(referralInput);
        const ids = help.map((r) => r.service);
        const { age } = referralInput;
        expect(ids.includes('netstof')).toBe(within(age, 15, 24));
        if (ids.includes('tuba')) {
          expect(referralInput.audience).toBe('relative');
          expect(
            referralInput.relationship === 'child' ||
              referralInput.relativeConcerns?.includes('children'),
          ).toBe(true);
        }
        if (age?.to !== undefined && age.to < 15) {
          for (const r of help.filter((r) => !r.forRelative)) {
            expect(['emergency-112', 'livslinien', 'giftlinjen', 'own-gp']).toContain(r.service);
          }
        }
      }),
    );
  });
});
