import type { RelativeConcern } from '../../questionnaire/definitionSchema';
import type { HelpRule, Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcohol, hasAlcoholOrDrugs, hasDrugsOrMedicine } from '../substanceChoices';
import type { UrgentServiceId } from '../urgentPhones';

/**
 * A relative's help for their own sake: shown in their own section (`forRelative`), at any level of
 * the person's use, and not limited by the person's age.
 */

/** A relative of someone who drinks is worried at any level, and Alkolinjen takes relatives. */
export function alkolinjenForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasAlcohol(input.substances)) return [];
  return [{ service: 'alkolinjen', reason: 'relative-alcohol-line', forRelative: true }];
}

/**
 * TUBA is for 14–35-year-olds who grew up with a parent's alcohol or drug problems: a relative who
 * is the person's child, or children living with the person. The age answered is the person's, so
 * the relative's own age is unknown: the reason names TUBA's ages instead of the rule checking them.
 */
export function tubaForChildOfParent(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasAlcoholOrDrugs(input.substances)) return [];
  if (input.relationship === 'child')
    return [{ service: 'tuba', reason: 'relative-grew-up', forRelative: true }];
  if (input.relativeConcerns?.includes('children')) {
    return [{ service: 'tuba', reason: 'children-at-home', forRelative: true }];
  }
  return [];
}

/** The municipality's drug treatment should support relatives too, at any level of use. */
export function drugTreatmentForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasDrugsOrMedicine(input.substances)) return [];
  return [
    { service: 'municipal-drug-treatment', reason: 'relative-drug-treatment', forRelative: true },
  ];
}

/** Every relative may see their own doctor for their own sake, whatever the substance or level. */
export function ownGpForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative') return [];
  return [{ service: 'own-gp-relative', reason: 'relative-own-gp', forRelative: true }];
}

/** Al-Anon's peer groups are for relatives and friends of someone who drinks, at any level. */
export function alAnonForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasAlcohol(input.substances)) return [];
  return [{ service: 'al-anon', reason: 'relative-al-anon', forRelative: true }];
}

/**
 * Each proposes a different service, so their order decides nothing; a relative's help never
 * competes with the person's (chooseHelp keeps them apart).
 */
export const rulesForARelative: readonly HelpRule[] = [
  alkolinjenForRelative,
  tubaForChildOfParent,
  drugTreatmentForRelative,
  ownGpForRelative,
  alAnonForRelative,
];

/**
 * A relative who feels unsafe is shown 112 beside what they said, not only in the list: danger to
 * themselves cannot wait for it. Their other concerns have no number of their own.
 */
export function urgentForConcern(concern: RelativeConcern): UrgentServiceId | undefined {
  return concern === 'unsafe' ? 'emergency-112' : undefined;
}
