import { fitsNetstof } from '../ageGroups';
import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/** netstof.dk is anonymous and online, for 15–24-year-olds, at any level. */
export function netstofForYoung(input: ReferralInput): Referral[] {
  if (!fitsNetstof(input.ageGroup)) return [];
  return [{ service: 'netstof', reason: 'young-online' }];
}
