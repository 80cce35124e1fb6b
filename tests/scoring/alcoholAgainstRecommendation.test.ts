import { describe, expect, it } from 'vitest';
import {
  alcoholAgainstRecommendation,
  MAX_DRINKS_A_DAY,
  MAX_DRINKS_A_WEEK,
  type AlcoholFigures,
} from '../../src/scoring/alcoholAgainstRecommendation';

const adult: AlcoholFigures = {
  frequencyPerWeek: 1.5,
  typicalDayDrinks: 2,
  heavyDays: 'never',
  ageGroup: '25-35',
};

describe('alcoholAgainstRecommendation', () => {
  it('holds the Sundhedsstyrelsen 2022 limits: 10 a week, 4 a day', () => {
    expect([MAX_DRINKS_A_WEEK, MAX_DRINKS_A_DAY]).toEqual([10, 4]);
  });

  it('10 a week is within, 11 is above', () => {
    expect(alcoholAgainstRecommendation({ ...adult, weeklyDrinks: 10 })).toMatchObject({
      weeklyDrinks: 10,
      aboveWeekly: false,
      aboveRecommendation: false,
    });
    expect(alcoholAgainstRecommendation({ ...adult, weeklyDrinks: 11 })).toMatchObject({
      weeklyDrinks: 11,
      aboveWeekly: true,
      aboveRecommendation: true,
    });
    expect(alcoholAgainstRecommendation({ ...adult, weeklyDrinks: 10.1 }).aboveWeekly).toBe(true);
  });

  it('4 on a typical day is within, 5 is above', () => {
    const four = { ...adult, frequencyPerWeek: 0.5, typicalDayDrinks: 4 };
    expect(alcoholAgainstRecommendation(four)).toEqual({
      weeklyDrinks: 2,
      aboveWeekly: false,
      aboveDaily: false,
      underAge: false,
      aboveRecommendation: false,
    });
    expect(alcoholAgainstRecommendation({ ...four, typicalDayDrinks: 5 })).toEqual({
      weeklyDrinks: 2.5,
      aboveWeekly: false,
      aboveDaily: true,
      underAge: false,
      aboveRecommendation: true,
    });
  });

  it('any day with 5 or more is above 4 a day', () => {
    const result = alcoholAgainstRecommendation({ ...adult, heavyDays: 'less-than-monthly' });
    expect([result.aboveDaily, result.aboveRecommendation]).toEqual([true, true]);
  });

  it('estimates the week from days × drinks when no weekly figure is given', () => {
    expect(
      alcoholAgainstRecommendation({ ...adult, frequencyPerWeek: 4, typicalDayDrinks: 3 }),
    ).toMatchObject({ weeklyDrinks: 12, aboveWeekly: true, aboveDaily: false });
  });

  it.each([
    ['under-15', true],
    ['15-17', true],
    ['18-24', false],
    ['65-plus', false],
    [undefined, false],
  ])('age group %s: under 18 is %s', (ageGroup, underAge) => {
    const figures = { ...adult, frequencyPerWeek: 0.1, typicalDayDrinks: 1, ageGroup };
    const result = alcoholAgainstRecommendation(figures);
    expect([result.underAge, result.aboveRecommendation]).toEqual([underAge, underAge]);
  });
});
