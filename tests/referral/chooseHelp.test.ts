import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagIds } from '../../src/questionnaire/vocabulary';
import { chooseHelp } from '../../src/referral/chooseHelp';
import { reasonIds } from '../../src/referral/reasons';
import type { ReferralInput } from '../../src/referral/referral';
import { serviceIds } from '../../src/referral/services';
import { displayOrder } from '../../src/referral/chooseHelp';
import type { AgeRange } from '../../src/questionnaire/definitionSchema';
import { resultLevels, type ResultLevel } from '../../src/scoring/assessment';
import { referralInput } from '../support/anyReferralInput';

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

/** The base input (an adult answering for themselves), each substance at the case's level unless named. */
function input({ substances = [], ...overrides }: Case): ReferralInput {
  const level = overrides.level ?? 'none';
  return referralInput({
    ...overrides,
    substances: substances.map((s) => ({ ...s, level: s.level ?? level })),
  });
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
    'under-15, alcohol severe: the GP, and netstof (the band holds 14-year-olds)',
    { level: 'severe', substances: [alcohol], age: ages['under-15'] },
    ['own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'under-15, urgent with self-harm, cannabis moderate: urgent lines, the GP and netstof',
    {
      level: 'moderate',
      substances: [cannabis],
      flags: ['urgent'],
      selfHarm: true,
      age: ages['under-15'],
    },
    [...urgentWithSelfHarm, 'own-gp:gp-talk', 'netstof:young-online'],
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
    'an age band of 14–17, relative, child, alcohol mild: TUBA and netstof (both from 14)',
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
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
      'netstof:young-online',
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
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
      'tuba:relative-grew-up',
    ],
  ],
  [
    'an age band of 15–24 exactly: netstof',
    { substances: [cannabis], age: { from: 15, to: 24 } },
    ['own-gp:gp-if-you-wonder', 'netstof:young-online'],
  ],
  [
    "a 14-year-old, alcohol severe, their parent asks: the GP, netstof, and the parent's own help",
    {
      audience: 'relative',
      relationship: 'parent',
      level: 'severe',
      substances: [alcohol],
      age: { from: 14, to: 14 },
    },
    [
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
      'netstof:young-online',
    ],
  ],
  [
    'an age band of 10–14, alcohol severe: it reaches 14, so the GP and netstof',
    { level: 'severe', substances: [alcohol], age: { from: 10, to: 14 } },
    ['own-gp:gp-talk', 'netstof:young-online'],
  ],
  // Relatives
  [
    'relative, alcohol none: Alkolinjen and Al-Anon for relatives at any level',
    { audience: 'relative', substances: [alcohol] },
    [
      'own-gp:gp-if-you-wonder',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
    ],
  ],
  [
    "relative, alcohol moderate: the relative's reason for Alkolinjen wins",
    { audience: 'relative', level: 'moderate', substances: [alcohol] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
    ],
  ],
  [
    'relative, sibling, 18-24, cannabis mild: drug treatment for both, netstof, no TUBA, no Alkolinjen',
    {
      audience: 'relative',
      relationship: 'sibling',
      level: 'mild',
      substances: [cannabis],
      age: ages['18-24'],
    },
    [
      'municipal-drug-treatment:drug-treatment',
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'netstof:young-online',
    ],
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
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
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
    [
      'municipal-drug-treatment:drug-treatment',
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'tuba:relative-grew-up',
    ],
  ],
  [
    'a parent aged 36–64, their child asks: TUBA, whose reason names its ages',
    { audience: 'relative', relationship: 'child', level: 'mild', substances: [alcohol] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
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
    [
      'municipal-drug-treatment:drug-treatment',
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'tuba:children-at-home',
    ],
  ],
  [
    'relative, partner, children at home, nicotine only: no TUBA, only their own doctor',
    {
      audience: 'relative',
      relationship: 'partner',
      relativeConcerns: ['children'],
      level: 'mild',
      substances: [nicotine],
    },
    ['own-gp:gp-talk', 'own-gp-relative:relative-own-gp'],
  ],
  [
    "relative, parent, under-15, signs: the GP, netstof, and the parent's own help",
    {
      audience: 'relative',
      relationship: 'parent',
      level: 'severe',
      substances: [alcohol],
      age: ages['under-15'],
    },
    [
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
      'netstof:young-online',
    ],
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
    ['own-gp:gp-talk', 'own-gp-relative:relative-own-gp', 'netstof:young-online'],
  ],
  [
    'relative without a relationship, 25-35: no TUBA',
    { audience: 'relative', level: 'severe', substances: [alcohol], age: ages['25-35'] },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
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
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
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
  // netstof.dk serves 14–25; under 15, a band that reaches 14 gets it only with signs.
  [
    'aged 14, cannabis none: netstof at any level, nothing else under 15',
    { substances: [cannabis], age: { from: 14, to: 14 } },
    ['own-gp:gp-if-you-wonder', 'netstof:young-online'],
  ],
  [
    'aged 14, alcohol severe: netstof, but no treatment or line under 15',
    { level: 'severe', substances: [alcohol], age: { from: 14, to: 14 } },
    ['own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'aged 15, alcohol severe: treatment and Alkolinjen from 15',
    { level: 'severe', substances: [alcohol], age: { from: 15, to: 15 } },
    [
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:alcohol-line',
      'netstof:young-online',
    ],
  ],
  [
    'under-15, cannabis none: no signs, so no netstof',
    { substances: [cannabis], age: ages['under-15'] },
    ['own-gp:gp-if-you-wonder'],
  ],
  [
    'under-15, cannabis risky: a single sign is a sign, so netstof',
    { level: 'risky', substances: [cannabis], age: ages['under-15'] },
    ['own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'an age band of 10–13, alcohol severe: it does not reach 14, so only the GP',
    { level: 'severe', substances: [alcohol], age: { from: 10, to: 13 } },
    ['own-gp:gp-talk'],
  ],
  [
    'aged 25, cannabis none: the last year netstof serves',
    { substances: [cannabis], age: { from: 25, to: 25 } },
    ['own-gp:gp-if-you-wonder', 'netstof:young-online'],
  ],
  [
    'aged 26, cannabis none: too old for netstof',
    { substances: [cannabis], age: { from: 26, to: 26 } },
    ['own-gp:gp-if-you-wonder'],
  ],
  // A relative's own help, whatever the substance
  [
    'relative, cannabis none: drug treatment supports relatives too; no Alkolinjen or Al-Anon',
    { audience: 'relative', substances: [cannabis] },
    [
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-if-you-wonder',
      'own-gp-relative:relative-own-gp',
    ],
  ],
  [
    'relative, sedatives none: medicine counts for the drug treatment support',
    { audience: 'relative', substances: [sedatives] },
    [
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-medicine',
      'own-gp-relative:relative-own-gp',
    ],
  ],
  [
    'relative, alcohol and cannabis none: the support for both',
    { audience: 'relative', substances: [alcohol, cannabis] },
    [
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-if-you-wonder',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
    ],
  ],
  [
    'relative, cannabis moderate: drug treatment for the person, and for the relative',
    { audience: 'relative', level: 'moderate', substances: [cannabis] },
    [
      'municipal-drug-treatment:drug-treatment',
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
    ],
  ],
  [
    'relative, alcohol risky: Alkolinjen once, for the relative',
    { audience: 'relative', level: 'risky', substances: [alcohol] },
    [
      'own-gp:gp-talk',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
    ],
  ],
  [
    'relative, nothing chosen: their own doctor still',
    { audience: 'relative' },
    ['own-gp:gp-if-you-wonder', 'own-gp-relative:relative-own-gp'],
  ],
  [
    "self, alcohol and cannabis none: none of a relative's help",
    { substances: [alcohol, cannabis] },
    ['own-gp:gp-if-you-wonder'],
  ],
  [
    "clinician, alcohol and cannabis risky: none of a relative's help",
    { audience: 'clinician', level: 'risky', substances: [alcohol, cannabis] },
    ['own-gp:gp-talk', 'alkolinjen:alcohol-line'],
  ],
  // Pregnancy
  [
    'pregnant, alcohol none: the doctor or midwife',
    { pregnant: true, substances: [alcohol] },
    ['doctor-or-midwife:pregnancy', 'own-gp:gp-if-you-wonder'],
  ],
  [
    'not pregnant, alcohol none: no doctor or midwife',
    { pregnant: false, substances: [alcohol] },
    ['own-gp:gp-if-you-wonder'],
  ],
  [
    'pregnant, sedatives: do not stop needed medicine first',
    { pregnant: true, substances: [sedatives] },
    ['doctor-or-midwife:pregnancy-medicine', 'own-gp:gp-medicine'],
  ],
  [
    'not pregnant, sedatives: the GP for the medicine only',
    { pregnant: false, substances: [sedatives] },
    ['own-gp:gp-medicine'],
  ],
  [
    'pregnant, alcohol moderate, urgent with self-harm: after the urgent lines and treatment',
    {
      pregnant: true,
      level: 'moderate',
      substances: [alcohol],
      flags: ['urgent'],
      selfHarm: true,
    },
    [
      ...urgentWithSelfHarm,
      'municipal-alcohol-treatment:alcohol-treatment',
      'doctor-or-midwife:pregnancy',
      'own-gp:gp-talk',
      'alkolinjen:alcohol-line',
    ],
  ],
  [
    'pregnant, under-15, alcohol mild: a doctor or midwife fits any age',
    { pregnant: true, level: 'mild', substances: [alcohol], age: ages['under-15'] },
    ['doctor-or-midwife:pregnancy', 'own-gp:gp-talk', 'netstof:young-online'],
  ],
  [
    'relative, pregnant, cannabis and painkillers moderate: for the person and the relative',
    {
      audience: 'relative',
      pregnant: true,
      level: 'moderate',
      substances: [cannabis, painkillers],
    },
    [
      'municipal-drug-treatment:drug-treatment',
      'municipal-drug-treatment:relative-drug-treatment',
      'doctor-or-midwife:pregnancy-medicine',
      'own-gp:gp-medicine',
      'own-gp-relative:relative-own-gp',
    ],
  ],
  [
    'clinician, pregnant, cannabis mild',
    { audience: 'clinician', pregnant: true, level: 'mild', substances: [cannabis] },
    ['municipal-drug-treatment:drug-treatment', 'doctor-or-midwife:pregnancy', 'own-gp:gp-talk'],
  ],
];

describe('chooseHelp', () => {
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(referralsOf(chooseHelp(input(overrides)))).toEqual(expected);
  });

  it("marks a relative's own help, so it is shown in their own section", () => {
    const help = chooseHelp(
      input({ audience: 'relative', level: 'moderate', substances: [alcohol, cannabis] }),
    );
    const forRelative = help.filter((r) => r.forRelative).map((r) => `${r.service}:${r.reason}`);
    expect(forRelative).toEqual([
      'municipal-drug-treatment:relative-drug-treatment',
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
    ]);
  });

  it('shows every service in the display order, each once', () => {
    expect([...displayOrder].sort()).toEqual([...serviceIds].sort());
    expect(new Set(displayOrder).size).toBe(displayOrder.length);
  });
});

const levels = resultLevels;

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
  pregnant: fc.option(fc.boolean(), { nil: undefined }),
});

/** The whole range lies within `from`–`to` (the ages of docs/sources.md, restated here). */
const within = (age: AgeRange | undefined, from: number, to: number) =>
  age !== undefined && age.from >= from && age.to !== undefined && age.to <= to;

describe('chooseHelp for any input', () => {
  it('always offers the own GP, each service once per section and in order, known reasons', () => {
    fc.assert(
      fc.property(anyInput, (referralInput) => {
        const help = chooseHelp(referralInput);
        const ids = help.map((r) => r.service);
        expect(ids).toContain('own-gp');
        for (const section of [true, false]) {
          const inSection = help.filter((r) => (r.forRelative ?? false) === section);
          expect(new Set(inSection.map((r) => r.service)).size).toBe(inSection.length);
        }
        const order: readonly string[] = displayOrder;
        const positions = ids.map((id) => order.indexOf(id));
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

  it("keeps age limits: netstof for 14–25 and under 15 with signs, TUBA only for a relative's own sake, under 15 only a doctor, urgent, netstof or a relative's help", () => {
    fc.assert(
      fc.property(anyInput, (referralInput) => {
        const help = chooseHelp(referralInput);
        const ids = help.map((r) => r.service);
        const { age } = referralInput;
        const childWithSigns =
          age?.to !== undefined && age.to >= 14 && age.to < 15 && referralInput.level !== 'none';
        expect(ids.includes('netstof')).toBe(within(age, 14, 25) || childWithSigns);
        if (ids.includes('tuba')) {
          expect(referralInput.audience).toBe('relative');
          expect(
            referralInput.relationship === 'child' ||
              referralInput.relativeConcerns?.includes('children'),
          ).toBe(true);
        }
        if (age?.to !== undefined && age.to < 15) {
          for (const r of help.filter((r) => !r.forRelative)) {
            expect([
              'emergency-112',
              'livslinien',
              'giftlinjen',
              'own-gp',
              'doctor-or-midwife',
              'netstof',
            ]).toContain(r.service);
          }
        }
      }),
    );
  });

  it("gives a relative their own help, by substance, and a pregnant person's doctor or midwife", () => {
    fc.assert(
      fc.property(anyInput, (referralInput) => {
        const help = chooseHelp(referralInput);
        const mine = (service: string) => help.some((r) => r.forRelative && r.service === service);
        const relative = referralInput.audience === 'relative';
        const kinds = referralInput.substances.map((s) => s.kind);
        const drugs = kinds.some((kind) => kind === 'other' || kind === 'medicine');
        if (!relative) expect(help.filter((r) => r.forRelative)).toEqual([]);
        expect(mine('own-gp-relative')).toBe(relative);
        expect(mine('al-anon')).toBe(relative && kinds.includes('alcohol'));
        expect(mine('municipal-drug-treatment')).toBe(relative && drugs);
        expect(help.some((r) => r.service === 'doctor-or-midwife')).toBe(
          referralInput.pregnant === true,
        );
      }),
    );
  });
});
