import type { Assessment, FlagFinding } from './assessment';
import { substanceLevel } from './substanceLevel';

// The reason a headline gives first: safety now, then a dangerous stop, then safer use.
const headlineOrder: readonly FlagFinding['flag'][] = [
  'urgent',
  'do-not-stop-abruptly',
  'harm-reduction',
];

/**
 * The flag that alone made the level "risky", when the use itself shows no risk: no sign, no
 * warning sign, alcohol within the recommendation. The headline then says why (a safety flag is
 * not a verdict on use); undefined when the use itself is the reason, or the level is not risky.
 */
export function levelRaisedOnlyBy(
  assessment: Pick<Assessment, 'level' | 'substances' | 'alcohol' | 'flags'>,
): FlagFinding['flag'] | undefined {
  if (assessment.level !== 'risky') return undefined;
  const useIsRisky =
    assessment.alcohol?.aboveRecommendation === true ||
    assessment.substances.some((s) => substanceLevel(s) !== 'none');
  if (useIsRisky) return undefined;
  return headlineOrder.find((flag) => assessment.flags.some((f) => f.flag === flag));
}
