import { isUrgent } from '../isUrgent';
import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/** Danger to life: 112 leads because Livslinien answers only a fraction of calls (docs/sources.md#livslinien). */
export function urgentLines(input: ReferralInput): Referral[] {
  if (!isUrgent(input)) return [];
  return [
    { service: 'emergency-112', reason: 'urgent-danger-to-life' },
    { service: 'livslinien', reason: input.selfHarm ? 'urgent-self-harm' : 'urgent-crisis' },
    { service: 'giftlinjen', reason: 'urgent-poisoning' },
  ];
}
