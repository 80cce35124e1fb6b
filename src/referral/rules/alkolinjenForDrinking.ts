import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcohol } from '../substanceChoices';

/** Drinking above a limit or with signs: an anonymous, free line is the lowest threshold. */
export function alkolinjenForDrinking(input: ReferralInput): Referral[] {
  if (!hasAlcohol(input.substances, 'risky')) return [];
  return [{ service: 'alkolinjen', reason: 'alcohol-line' }];
}
