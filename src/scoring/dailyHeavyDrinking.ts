import { MAX_DRINKS_A_DAY } from './alcoholAgainstRecommendation';

// Drinking on 5 or more days of a typical week counts as daily here (docs/scoring.md).
export const DAILY_FROM_DAYS = 5;

/**
 * More than 4 genstande on a typical drinking day, on 5 or more days a week: reason enough to talk
 * to a doctor before stopping, even with no withdrawal reported (docs/sources.md#withdrawal-alcohol).
 */
export function dailyHeavyDrinking(drinkingDays: number, typicalDayDrinks: number): boolean {
  return drinkingDays >= DAILY_FROM_DAYS && typicalDayDrinks > MAX_DRINKS_A_DAY;
}
