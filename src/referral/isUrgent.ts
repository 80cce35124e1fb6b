import type { ReferralInput } from './referral';

/** The urgent flag, or a yes to thoughts of self-harm even if the flag was somehow not passed. */
export function isUrgent(input: ReferralInput): boolean {
  return input.flags.includes('urgent') || input.selfHarm;
}
