import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcohol } from '../substanceChoices';

/** A relative of someone who drinks is worried at any level, and Alkolinjen takes relatives. */
export function alkolinjenForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasAlcohol(input.substances)) return [];
  return [{ service: 'alkolinjen', reason: 'relative-alcohol-line', forRelative: true }];
}
