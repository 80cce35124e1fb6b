import type { DsmBand } from './assessment';

// DSM-5 severity (docs/sources.md#dsm5-severity): 2–3 criteria mild, 4–5 moderate, 6 or more severe.
const MILD_FROM = 2;
const MODERATE_FROM = 4;
const SEVERE_FROM = 6;

/** Where each band starts, lowest first: the one definition charts draw the bands from. */
export const dsmBandStarts: readonly { band: DsmBand; from: number }[] = [
  { band: 'none', from: 0 },
  { band: 'mild', from: MILD_FROM },
  { band: 'moderate', from: MODERATE_FROM },
  { band: 'severe', from: SEVERE_FROM },
];

/** The DSM-5 severity band for a number of counted criteria. */
export function dsmBand(criteriaCount: number): DsmBand {
  if (criteriaCount >= SEVERE_FROM) return 'severe';
  if (criteriaCount >= MODERATE_FROM) return 'moderate';
  if (criteriaCount >= MILD_FROM) return 'mild';
  return 'none';
}
