import type { Assessment, ResultLevel } from '../../scoring/assessment';
import { levelAtLeast } from '../../scoring/resultLevel';
import { substanceLevel } from '../../scoring/substanceLevel';

/** The five steps of the scale at the top of the result, lowest first. */
export const glanceSteps = [
  'none',
  'risky',
  'mild',
  'moderate',
  'severe',
] as const satisfies readonly ResultLevel[];

/** What the level rests on, in one line: signs for one substance, or drinking against the limits. */
export type GlanceBasis =
  | { kind: 'signs'; substance: string; signs: number }
  | { kind: 'weekly'; weekly: number }
  | { kind: 'daily' };

/**
 * The substance with the highest own level (most signs on a tie) when it shows a sign; otherwise
 * adult drinking above the recommendation (docs/sources.md#alcohol-recommendation); else nothing.
 */
export function glanceBasis(assessment: Assessment): GlanceBasis | undefined {
  const { alcohol } = assessment;
  const ranked = assessment.substances
    .map((s) => ({ s, level: substanceLevel(s, s.substance === 'alcohol' ? alcohol : undefined) }))
    .filter(({ level }) => level !== 'none')
    .sort(
      (a, b) =>
        Number(levelAtLeast(b.level, a.level)) - Number(levelAtLeast(a.level, b.level)) ||
        b.s.criteriaCount - a.s.criteriaCount,
    );
  const top = ranked[0]?.s;
  if (top !== undefined && top.criteriaCount > 0) {
    return { kind: 'signs', substance: top.substance, signs: top.criteriaCount };
  }
  // Under 18 or pregnant the advice is no alcohol: no figure is set against the adult limits.
  if (!alcohol || alcohol.underAge || alcohol.pregnant) return undefined;
  if (alcohol.aboveWeekly) return { kind: 'weekly', weekly: alcohol.weeklyDrinks };
  if (alcohol.aboveDaily) return { kind: 'daily' };
  return undefined;
}
