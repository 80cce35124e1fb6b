import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasMedicine } from '../substanceChoices';

/**
 * Pregnant or trying to be: one's own doctor or midwife, who can refer to the region's
 * Familieambulatorium; with medicine, stopping it unasked can be the greater risk.
 */
export function doctorOrMidwifeForPregnancy(input: ReferralInput): Referral[] {
  if (input.pregnant !== true) return [];
  const reason = hasMedicine(input.substances) ? 'pregnancy-medicine' : 'pregnancy';
  return [{ service: 'doctor-or-midwife', reason }];
}
