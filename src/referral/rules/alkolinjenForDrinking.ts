import type { Referral } from '../reasons';
import type { ReferralInput } from '../referral';
import { hasAlcohol } from '../substanceChoices';

/**
 * Drinking above a limit or with signs: an anonymous, free line is the lowest threshold. A relative
 * is shown Alkolinjen in their own section instead, whose text names both the drinker and relatives.
 */
export function alkolinjenForDrinking(input: ReferralInput): Referral[] {
  if (input.audience === 'relative' || !hasAlcohol(input.substances, 'risky')) return [];
  return [{ service: 'alkolinjen', reason: 'alcohol-line' }];
}
