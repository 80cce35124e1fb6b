import type { Assessment, ResultLevel } from './assessment';

/** The result levels, lowest first. */
export const resultLevels: readonly ResultLevel[] = ['none', 'risky', 'mild', 'moderate', 'severe'];

function higher(a: ResultLevel, b: ResultLevel): ResultLevel {
  return resultLevels.indexOf(b) > resultLevels.indexOf(a) ? b : a;
}

/** The overall level: the highest DSM-5 band over substances, else risky use, else none. */
export function resultLevel({
  substances,
  alcohol,
  flags,
}: Pick<Assessment, 'substances' | 'alcohol' | 'flags'>): ResultLevel {
  // One sign, drinking above the recommendation or a harm-reduction flag is risky use, not "no signs".
  const risky =
    alcohol?.aboveRecommendation === true ||
    substances.some((s) => s.criteriaCount === 1) ||
    flags.some((f) => f.flag === 'harm-reduction');
  return substances.reduce<ResultLevel>(
    (level, s) => higher(level, s.band),
    risky ? 'risky' : 'none',
  );
}
