import type { DsmBand } from './assessment';

// DSM-5 severity (docs/sources.md#dsm5-severity): 2–3 criteria mild, 4–5 moderate, 6 or more severe.
const MILD_FROM = 2;
const MODERATE_FROM = 4;
const SEVERE_FROM = 6;

/** The DSM-5 severity band for a number of counted criteria. */
export function dsmBand(criteriaCount: number): DsmBand {
  if (criteriaCount >= SEVERE_FROM) return 'severe';
  if (criteriaCount >= MODERATE_FROM) return 'moderate';
  if (criteriaCount >= MILD_FROM) return 'mild';
  return 'none';
}
