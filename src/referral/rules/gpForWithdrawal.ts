import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/** Signs of withdrawal: a doctor can help taper and treat withdrawal, so nobody stops alone. */
export function gpForWithdrawal(input: ReferralInput): Referral[] {
  if (!input.flags.includes('do-not-stop-abruptly')) return [];
  return [{ service: 'own-gp', reason: 'gp-withdrawal' }];
}
