import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { servesAge } from '../servesAge';
import { services } from '../services';
import { hasAlcoholOrDrugs } from '../substanceChoices';

/** TUBA is for 14–35-year-olds who grew up with a parent's alcohol or drug problems. */
export function tubaForChildOfParent(input: ReferralInput): Referral[] {
  const childOfPerson = input.audience === 'relative' && input.relationship === 'child';
  if (
    !childOfPerson ||
    !servesAge(services.tuba, input.age) ||
    !hasAlcoholOrDrugs(input.substances)
  ) {
    return [];
  }
  return [{ service: 'tuba', reason: 'relative-grew-up' }];
}
