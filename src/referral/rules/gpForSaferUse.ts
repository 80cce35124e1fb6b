import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/** Injecting, sharing equipment, mixing or an earlier overdose: the GP can talk about safer use. */
export function gpForSaferUse(input: ReferralInput): Referral[] {
  if (!input.flags.includes('harm-reduction')) return [];
  return [{ service: 'own-gp', reason: 'gp-safer-use' }];
}
