import type { FlagId } from '../questionnaire/definitionSchema';
import type { ReferralInput } from './referral';

/**
 * Danger to life, the one test of it: the urgent flag (thoughts of self-harm, an overdose, severe
 * withdrawal), or a yes to thoughts of self-harm even if the flag was somehow not passed.
 */
export function isUrgent(input: Pick<ReferralInput, 'flags' | 'selfHarm'>): boolean {
  return input.flags.includes('urgent') || input.selfHarm;
}

/**
 * The same test on the flags an assessment or summary found, for pages where no help is chosen yet
 * (a yes to self-harm always raises the urgent flag there).
 */
export function raisesUrgent(findings: readonly { flag: FlagId }[]): boolean {
  return isUrgent({ flags: findings.map((f) => f.flag), selfHarm: false });
}
