import type { AgeRange } from '../questionnaire/definitionSchema';
import { weeklyDrinks as drinksInAWeek } from './weeklyDrinks';

// Sundhedsstyrelsen's recommendation of 2022 (docs/sources.md#alcohol-recommendation): at most 10
// genstande a week and 4 on any one day.
export const MAX_DRINKS_A_WEEK = 10;
export const MAX_DRINKS_A_DAY = 4;
// No alcohol under 18 (docs/sources.md#alcohol-under-18).
export const ADULT_FROM_AGE = 18;

/** Plain alcohol figures, as the answers give them. */
export interface AlcoholFigures {
  /** Days with alcohol in a typical week, 0–7. */
  drinkingDays: number;
  typicalDayDrinks: number;
  /** Days a week with 5 or more genstande: the heavy-days answer's `perWeek`. */
  heavyDaysPerWeek: number;
  /** The ages of the age-group answer. */
  age?: AgeRange;
  /** Pregnant or trying to become pregnant (docs/sources.md#alcohol-pregnancy). */
  pregnant?: boolean;
}

export interface AlcoholJudgement {
  weeklyDrinks: number;
  aboveWeekly: boolean;
  aboveDaily: boolean;
  underAge: boolean;
  pregnant: boolean;
  aboveRecommendation: boolean;
}

/** Alcohol against Sundhedsstyrelsen's 10 a week / 4 a day / none under 18 / none in pregnancy. */
export function alcoholAgainstRecommendation(figures: AlcoholFigures): AlcoholJudgement {
  const weekly = drinksInAWeek(figures.drinkingDays, figures.typicalDayDrinks);
  const aboveWeekly = weekly > MAX_DRINKS_A_WEEK;
  const aboveDaily = figures.typicalDayDrinks > MAX_DRINKS_A_DAY || figures.heavyDaysPerWeek > 0;
  // Only an age range that ends before 18 is surely under 18.
  const underAge = figures.age?.to !== undefined && figures.age.to < ADULT_FROM_AGE;
  const pregnant = figures.pregnant === true;
  return {
    weeklyDrinks: weekly,
    aboveWeekly,
    aboveDaily,
    underAge,
    pregnant,
    aboveRecommendation: aboveWeekly || aboveDaily || underAge || pregnant,
  };
}
