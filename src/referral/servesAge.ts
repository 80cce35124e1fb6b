import type { AgeRange } from '../questionnaire/definitionSchema';
import type { ReferralInput } from './referral';
import type { Service } from './services';

// Under 15, the sources name no help but the GP, the urgent lines and netstof.dk (from 14).
export const OTHER_HELP_FROM_AGE = 15;

/**
 * Whether a service is for someone of this age: always, when docs/sources.md names no ages for it;
 * otherwise only when the whole age range lies within the service's (an unknown age does not).
 */
export function servesAge(service: Service, age: AgeRange | undefined): boolean {
  const limits = service.forAges;
  if (limits === undefined) return true;
  if (age === undefined) return false;
  return age.from >= limits.from && (age.to ?? Infinity) <= (limits.to ?? Infinity);
}

/** The whole age range lies under 15 (an unknown or open-ended age does not). */
export function isUnder15(age: AgeRange | undefined): boolean {
  return age?.to !== undefined && age.to < OTHER_HELP_FROM_AGE;
}

/**
 * An under-15 band that reaches a service's first age (0–14 holds the 14-year-olds netstof.dk
 * serves) is offered it only when the result shows signs; the reason names the service's ages.
 */
export function servesChildWithSigns(service: Service, input: ReferralInput): boolean {
  const limits = service.forAges;
  const { age } = input;
  if (limits === undefined || age?.to === undefined || !isUnder15(age)) return false;
  return age.to >= limits.from && input.level !== 'none';
}
