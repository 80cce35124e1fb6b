import type { AlcoholAssessment, ResultLevel, SubstanceAssessment } from './assessment';

/**
 * One substance's own level, on the result's scale: its DSM-5 band, or risky for a single sign, a
 * warning sign that counts towards no criterion, or (for alcohol) drinking above the recommendation.
 */
export function substanceLevel(
  substance: SubstanceAssessment,
  alcohol?: AlcoholAssessment,
): ResultLevel {
  if (substance.band !== 'none') return substance.band;
  if (
    substance.criteriaCount === 1 ||
    substance.warningSigns.length > 0 ||
    alcohol?.aboveRecommendation === true
  ) {
    return 'risky';
  }
  return 'none';
}
