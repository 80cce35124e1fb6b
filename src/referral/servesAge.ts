import type { AgeRange } from '../questionnaire/definitionSchema';
import type { Service } from './services';

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
