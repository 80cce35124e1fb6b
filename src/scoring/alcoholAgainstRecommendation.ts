import type { AgeRange } from '../questionnaire/definitionSchema';
import { weeklyDrinks as estimateWeeklyDrinks } from './weeklyDrinks';

// Sundhedsstyrelsen, recommendation of 7 March 2022 (FACTS.md): at most 10 genstande a week, 4 a day.
export const MAX_DRINKS_A_WEEK = 10;
export const MAX_DRINKS_A_DAY = 4;
// Sundhedsstyrelsen 2022 (FACTS.md): under 18, no alcohol.
export const ADULT_FROM_AGE = 18;

/** Plain alcohol figures; `weeklyDrinks` overrides the estimate from frequency × typical day. */
export interface AlcoholFigures {
  weeklyDrinks?: number;
  frequencyPerWeek: number;
  typicalDayDrinks: number;
  /** Days a week with 5 or more genstande: the heavy-days answer's `perWeek`. */
  heavyDaysPerWeek: number;
  /** The ages of the age-group answer. */
  age?: AgeRange;
}

export interface AlcoholJudgement {
  weeklyDrinks: number;
  aboveWeekly: boolean;
  aboveDaily: boolean;
  underAge: boolean;
  aboveRecommendation: boolean;
}

/** Alcohol consumption against Sundhedsstyrelsen's 10 a week / 4 a day / nothing under 18. */
export function alcoholAgainstRecommendation(figures: AlcoholFigures): AlcoholJudgement {
  const weekly =
    figures.weeklyDrinks ??
    estimateWeeklyDrinks(figures.frequencyPerWeek, figures.typicalDayDrinks);
  const aboveWeekly = weekly > MAX_DRINKS_A_WEEK;
  const aboveDaily = figures.typicalDayDrinks > MAX_DRINKS_A_DAY || figures.heavyDaysPerWeek > 0;
  // Only an age range that ends before 18 is surely under 18.
  const underAge = figures.age?.to !== undefined && figures.age.to < ADULT_FROM_AGE;
  return {
    weeklyDrinks: weekly,
    aboveWeekly,
    aboveDaily,
    underAge,
    aboveRecommendation: aboveWeekly || aboveDaily || underAge,
  };
}
