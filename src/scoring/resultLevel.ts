import { resultLevels, type Assessment, type ResultLevel } from './assessment';

/** Whether `level` is `minimum` or above it, in the order of `resultLevels`. */
export function levelAtLeast(level: ResultLevel, minimum: ResultLevel): boolean {
  return resultLevels.indexOf(level) >= resultLevels.indexOf(minimum);
}

function higher(a: ResultLevel, b: ResultLevel): ResultLevel {
  return levelAtLeast(a, b) ? a : b;
}

/** The overall level: the highest DSM-5 band over substances, else risky use or a flag, else none. */
export function resultLevel({
  substances,
  alcohol,
  flags,
}: Pick<Assessment, 'substances' | 'alcohol' | 'flags'>): ResultLevel {
  // One sign (or a warning sign that counts towards no criterion), drinking above the
  // recommendation or any safety flag is risky use, never "no signs":
  // a red urgent box must not sit above a reassuring sentence.
  const risky =
    alcohol?.aboveRecommendation === true ||
    substances.some((s) => s.criteriaCount === 1 || s.warningSigns.length > 0) ||
    flags.length > 0;
  return substances.reduce<ResultLevel>(
    (level, s) => higher(level, s.band),
    risky ? 'risky' : 'none',
  );
}
