import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasDrugsOrMedicine } from '../substanceChoices';

/** Two or more signs with drugs or medicine: free municipal treatment (Serviceloven § 101). */
export function drugTreatment(input: ReferralInput): Referral[] {
  if (!hasDrugsOrMedicine(input.substances, 'mild')) return [];
  return [{ service: 'municipal-drug-treatment', reason: 'drug-treatment' }];
}
