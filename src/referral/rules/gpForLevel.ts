import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/** Every result offers at least one way to help: one's own GP can always be the first contact. */
export function gpForLevel(input: ReferralInput): Referral[] {
  return [{ service: 'own-gp', reason: input.level === 'none' ? 'gp-if-you-wonder' : 'gp-talk' }];
}
