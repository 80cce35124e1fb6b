import type { AgeRange } from '../../questionnaire/definitionSchema';
import { criterionIds } from '../../questionnaire/vocabulary';
import type { DsmBand } from '../../scoring/assessment';
import { MAX_DRINKS_A_WEEK } from '../../scoring/alcoholAgainstRecommendation';
import { dsmBandStarts } from '../../scoring/dsmBand';

// Danish adults 16+ in 2021, per 100 (docs/sources.md#alcohol-population).
/** Adults who drink more than 10 genstande in a typical week. */
export const ADULTS_ABOVE_WEEKLY = 16;
/** Adults who drink 5 or more genstande on one occasion every week. */
export const ADULTS_HEAVY_EVERY_WEEK = 9;
// Ages 65–74, per 100, who drink more than 10 a week (docs/sources.md#alcohol-older).
export const OLDER_ABOVE_WEEKLY = { men: 33, women: 14 } as const;
const OLDER_FROM_AGE = 65;

/** The 65–74 figures apply only when the age group given starts at 65 or later. */
export function showsOlderFigures(age: AgeRange | undefined): boolean {
  return age !== undefined && age.from >= OLDER_FROM_AGE;
}

/** `value` as a percentage of `max`, kept within 0–100 so a bar never overflows its track. */
export function shareOf(value: number, max: number): number {
  if (max <= 0) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

const WEEK_SCALE_STEP = 5;

export interface WeekScale {
  /** The genstande the whole track stands for. */
  max: number;
  /** Where the person's week ends, in % of the track. */
  weekAt: number;
  /** Where the recommendation's 10 lies, in % of the track. */
  limitAt: number;
}

/** A track of twice the recommendation, or longer in steps of 5 when the week goes past it. */
export function weekScale(weeklyDrinks: number): WeekScale {
  const max = Math.max(
    2 * MAX_DRINKS_A_WEEK,
    Math.ceil(weeklyDrinks / WEEK_SCALE_STEP) * WEEK_SCALE_STEP,
  );
  return { max, weekAt: shareOf(weeklyDrinks, max), limitAt: shareOf(MAX_DRINKS_A_WEEK, max) };
}

export interface BandSpan {
  band: DsmBand;
  /** The fewest signs in the band. */
  from: number;
  /** The most signs in the band. */
  to: number;
  /** The signs drawn in the band, one cell each: none draws only sign 1, as 0 draws nothing. */
  cells: number[];
}

/** The signs as a scale split into the DSM-5 bands, from the bands' one definition. */
export function signBands(total: number = criterionIds.length): BandSpan[] {
  return dsmBandStarts.map(({ band, from }, index) => {
    const to = (dsmBandStarts[index + 1]?.from ?? total + 1) - 1;
    const cells = Array.from(
      { length: to - Math.max(from, 1) + 1 },
      (_, i) => Math.max(from, 1) + i,
    );
    return { band, from, to, cells };
  });
}
