import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/** Every relative may see their own doctor for their own sake, whatever the substance or level. */
export function ownGpForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative') return [];
  return [{ service: 'own-gp-relative', reason: 'relative-own-gp', forRelative: true }];
}
