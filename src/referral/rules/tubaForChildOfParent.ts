import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcoholOrDrugs } from '../substanceChoices';

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
