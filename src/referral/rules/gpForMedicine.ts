import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasMedicine } from '../substanceChoices';

/** Medicine is the doctor's to change: it should not be stopped on one's own. */
export function gpForMedicine(input: ReferralInput): Referral[] {
  if (!hasMedicine(input.substances)) return [];
  return [{ service: 'own-gp', reason: 'gp-medicine' }];
}
