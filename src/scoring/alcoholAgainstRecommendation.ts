import { weeklyDrinks as estimateWeeklyDrinks } from './weeklyDrinks';

// Sundhedsstyrelsen, recommendation of 7 March 2022 (FACTS.md): at most 10 genstande a week, 4 a day.
export const MAX_DRINKS_A_WEEK = 10;
export const MAX_DRINKS_A_DAY = 4;
// Sundhedsstyrelsen 2022 (FACTS.md): under 18, no alcohol; these are the definition's age bands under 18.
export const UNDER_18_AGE_GROUPS: readonly string[] = ['under-15', '15-17'];
// The heavy-days answer meaning no day of 5 or more genstande.
export const NO_HEAVY_DAYS = 'never';

/** Plain alcohol figures; `weeklyDrinks` overrides the estimate from frequency × typical day. */
export interface AlcoholFigures {
  weeklyDrinks?: number;
  frequencyPerWeek: number;
  typicalDayDrinks: number;
  heavyDays: string;
  ageGroup?: string;
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
  const aboveDaily =
    figures.typicalDayDrinks > MAX_DRINKS_A_DAY || figures.heavyDays !== NO_HEAVY_DAYS;
  const underAge = figures.ageGroup !== undefined && UNDER_18_AGE_GROUPS.includes(figures.ageGroup);
  return {
    weeklyDrinks: weekly,
    aboveWeekly,
    aboveDaily,
    underAge,
    aboveRecommendation: aboveWeekly || aboveDaily || underAge,
  };
}
