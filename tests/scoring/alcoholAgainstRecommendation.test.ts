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
  heavyDaysPerWeek: 0,
  age: { from: 25, to: 35 },
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

  it('any day with 5 or more is above 4 a day, however rare', () => {
    const result = alcoholAgainstRecommendation({ ...adult, heavyDaysPerWeek: 0.05 });
    expect([result.aboveDaily, result.aboveRecommendation]).toEqual([true, true]);
  });

  it('estimates the week from days × drinks when no weekly figure is given', () => {
    expect(
      alcoholAgainstRecommendation({ ...adult, frequencyPerWeek: 4, typicalDayDrinks: 3 }),
    ).toMatchObject({ weeklyDrinks: 12, aboveWeekly: true, aboveDaily: false });
  });

  it.each([
    [{ from: 0, to: 14 }, true],
    [{ from: 15, to: 17 }, true],
    [{ from: 17, to: 17 }, true],
    [{ from: 18, to: 18 }, false],
    // A band reaching 18 is not surely under 18.
    [{ from: 16, to: 19 }, false],
    [{ from: 18, to: 24 }, false],
    [{ from: 65 }, false],
    [undefined, false],
  ])('ages %o: under 18 is %s', (age, underAge) => {
    const figures = { ...adult, frequencyPerWeek: 0.1, typicalDayDrinks: 1, age };
    const result = alcoholAgainstRecommendation(figures);
    expect([result.underAge, result.aboveRecommendation]).toEqual([underAge, underAge]);
  });
});
