import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasDrugsOrMedicine } from '../substanceChoices';

/** The municipality's drug treatment should support relatives too, at any level of use. */
export function drugTreatmentForRelative(input: ReferralInput): Referral[] {
  if (input.audience !== 'relative' || !hasDrugsOrMedicine(input.substances)) return [];
  return [
    { service: 'municipal-drug-treatment', reason: 'relative-drug-treatment', forRelative: true },
  ];
}
