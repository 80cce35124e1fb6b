import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { servesAge } from '../servesAge';
import { services } from '../services';

/** netstof.dk is anonymous and online, for 15–24-year-olds, at any level. */
export function netstofForYoung(input: ReferralInput): Referral[] {
  if (!servesAge(services.netstof, input.age)) return [];
  return [{ service: 'netstof', reason: 'young-online' }];
}
