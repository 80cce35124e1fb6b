import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { servesAge } from '../servesAge';
import { servesChildWithSigns } from '../servesChild';
import { services } from '../services';

/** netstof.dk is anonymous and online, for 14–25-year-olds at any level, and under 15 with signs. */
export function netstofForYoung(input: ReferralInput): Referral[] {
  const { netstof } = services;
  if (!servesAge(netstof, input.age) && !servesChildWithSigns(netstof, input)) return [];
  return [{ service: 'netstof', reason: 'young-online' }];
}
