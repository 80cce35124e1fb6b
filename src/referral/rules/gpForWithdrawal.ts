import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';

/**
 * Signs of withdrawal, or heavy drinking on most days: a doctor can help taper and treat
 * withdrawal, so nobody stops alone. The reason says which, never withdrawal that was not reported.
 */
export function gpForWithdrawal(input: ReferralInput): Referral[] {
  if (!input.flags.includes('do-not-stop-abruptly')) return [];
  const because = input.stopAbruptlyBecause ?? [];
  const drinkingAlone = because.length > 0 && because.every((c) => c === 'daily-heavy-drinking');
  return [
    { service: 'own-gp', reason: drinkingAlone ? 'gp-daily-heavy-drinking' : 'gp-withdrawal' },
  ];
}
