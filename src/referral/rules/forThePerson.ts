import { isUrgent } from '../isUrgent';
import type { HelpRule, Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { servesAge, servesChildWithSigns } from '../servesAge';
import { services } from '../services';
import { hasAlcohol, hasDrugsOrMedicine, hasMedicine } from '../substanceChoices';

/** Danger to life: 112 leads because Livslinien answers only a fraction of calls (docs/sources.md#livslinien). */
export function urgentLines(input: ReferralInput): Referral[] {
  if (!isUrgent(input)) return [];
  return [
    { service: 'emergency-112', reason: 'urgent-danger-to-life' },
    { service: 'livslinien', reason: input.selfHarm ? 'urgent-self-harm' : 'urgent-crisis' },
    { service: 'giftlinjen', reason: 'urgent-poisoning' },
  ];
}

/** Two or more signs with alcohol itself: free municipal treatment is a right (Sundhedsloven § 141). */
export function alcoholTreatment(input: ReferralInput): Referral[] {
  if (!hasAlcohol(input.substances, 'mild')) return [];
  return [{ service: 'municipal-alcohol-treatment', reason: 'alcohol-treatment' }];
}

/** Two or more signs with drugs or medicine: free municipal treatment (Serviceloven § 101). */
export function drugTreatment(input: ReferralInput): Referral[] {
  if (!hasDrugsOrMedicine(input.substances, 'mild')) return [];
  return [{ service: 'municipal-drug-treatment', reason: 'drug-treatment' }];
}

/**
 * Pregnant or trying to be: one's own doctor or midwife, who can refer to the region's
 * Familieambulatorium; with medicine, stopping it unasked can be the greater risk.
 */
export function doctorOrMidwifeForPregnancy(input: ReferralInput): Referral[] {
  if (input.pregnant !== true) return [];
  const reason = hasMedicine(input.substances) ? 'pregnancy-medicine' : 'pregnancy';
  return [{ service: 'doctor-or-midwife', reason }];
}

/**
 * Signs of withdrawal, or heavy drinking on most days: a doctor can help taper and treat
 * withdrawal, so nobody stops alone. The reason says which, never withdrawal that was not reported.
 */
export function gpForWithdrawal(input: ReferralInput): Referral[] {
  if (!input.flags.includes('do-not-stop-abruptly')) return [];
  const because = input.stopAbruptlyBecause ?? [];
  const drinkingAlone = because.length > 0 && because.every((c) => c === 'daily-heavy-drinking');
  return [
    { service: 'own-gp', reason: drinkingAlone ? 'gp-daily-heavy-drinking' : 'gp-withdrawal' },
  ];
}

/** Medicine is the doctor's to change: it should not be stopped on one's own. */
export function gpForMedicine(input: ReferralInput): Referral[] {
  if (!hasMedicine(input.substances)) return [];
  return [{ service: 'own-gp', reason: 'gp-medicine' }];
}

/** Injecting, sharing equipment, mixing or an earlier overdose: the GP can talk about safer use. */
export function gpForSaferUse(input: ReferralInput): Referral[] {
  if (!input.flags.includes('harm-reduction')) return [];
  return [{ service: 'own-gp', reason: 'gp-safer-use' }];
}

/** Every result offers at least one way to help: one's own GP can always be the first contact. */
export function gpForLevel(input: ReferralInput): Referral[] {
  return [{ service: 'own-gp', reason: input.level === 'none' ? 'gp-if-you-wonder' : 'gp-talk' }];
}

/**
 * Drinking above a limit or with signs: an anonymous, free line is the lowest threshold. A relative
 * is shown Alkolinjen in their own section instead, whose text names both the drinker and relatives.
 */
export function alkolinjenForDrinking(input: ReferralInput): Referral[] {
  if (input.audience === 'relative' || !hasAlcohol(input.substances, 'risky')) return [];
  return [{ service: 'alkolinjen', reason: 'alcohol-line' }];
}

/** netstof.dk is anonymous and online, for 14–25-year-olds at any level, and under 15 with signs. */
export function netstofForYoung(input: ReferralInput): Referral[] {
  const { netstof } = services;
  if (!servesAge(netstof, input.age) && !servesChildWithSigns(netstof, input)) return [];
  return [{ service: 'netstof', reason: 'young-online' }];
}

/**
 * The help for the person the answers are about, highest priority first. Each service is shown
 * once, with one reason: when two rules propose the same service, the earlier rule's reason wins.
 * Only the own GP is proposed by more than one rule, so the order below matters for it alone:
 * a warning outranks an invitation. Withdrawal (or daily heavy drinking) comes first, because
 * stopping alone can be dangerous; then medicine, which is the doctor's to change; then safer use;
 * last "talk it through", which every result has. Where the cards appear on the page is another
 * order, `displayOrder` in chooseHelp.ts.
 */
export const rulesForThePerson: readonly HelpRule[] = [
  urgentLines,
  alcoholTreatment,
  drugTreatment,
  doctorOrMidwifeForPregnancy,
  gpForWithdrawal,
  gpForMedicine,
  gpForSaferUse,
  gpForLevel,
  alkolinjenForDrinking,
  netstofForYoung,
];
