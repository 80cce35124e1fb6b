import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcohol } from '../substanceChoices';

/** Two or more signs with alcohol itself: free municipal treatment is a right (Sundhedsloven § 141). */
export function alcoholTreatment(input: ReferralInput): Referral[] {
  if (!hasAlcohol(input.substances, 'mild')) return [];
  return [{ service: 'municipal-alcohol-treatment', reason: 'alcohol-treatment' }];
}
