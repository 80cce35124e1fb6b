import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcohol } from '../substanceChoices';

/** Al-Anon's peer groups are for relatives and friends of someone who drinks, at any level. */
export function alAnonForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasAlcohol(input.substances)) return [];
  return [{ service: 'al-anon', reason: 'relative-al-anon', forRelative: true }];
}
