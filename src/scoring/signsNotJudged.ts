import type { Assessment } from './assessment';

/**
 * How many signs were answered "don't know" for some substance and met for none: each sign once,
 * however many substances it was asked about. The result says this number, apart from the signs.
 */
export function signsNotJudged(assessment: Assessment): number {
  const met = new Set(assessment.substances.flatMap((s) => s.criteria.map((c) => c.criterion)));
  const unknown = assessment.substances.flatMap((s) => s.unknownCriteria);
  return new Set(unknown.filter((criterion) => !met.has(criterion))).size;
}
