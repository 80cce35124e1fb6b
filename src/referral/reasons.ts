import type { ReferralInput } from './referral';
import type { ServiceId } from './services';

/** Why a service is shown: translation keys `help:reasons.<id>`, one line each. */
export const reasonIds = [
  'urgent-danger-to-life',
  'urgent-self-harm',
  'urgent-crisis',
  'urgent-poisoning',
  'alcohol-treatment',
  'drug-treatment',
  'gp-withdrawal',
  'gp-daily-heavy-drinking',
  'gp-medicine',
  'gp-safer-use',
  'gp-talk',
  'gp-if-you-wonder',
  'alcohol-line',
  'relative-alcohol-line',
  'young-online',
  'relative-grew-up',
  'children-at-home',
  'relative-drug-treatment',
  'relative-own-gp',
  'relative-al-anon',
  'pregnancy',
  'pregnancy-medicine',
] as const;
export type ReasonId = (typeof reasonIds)[number];

/** One service to show, and why. */
export interface Referral {
  service: ServiceId;
  reason: ReasonId;
  /**
   * Help for a relative themselves: the age of the person they worry about does not limit it, and
   * it is shown in the relative's own section, even when the same service is also shown for the person.
   */
  forRelative?: boolean;
}

/** A rule proposes services with reasons; `chooseHelp` merges them. */
export type HelpRule = (input: ReferralInput) => readonly Referral[];
