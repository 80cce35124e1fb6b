import { describe, expect, it } from 'vitest';
import {
  alcoholAgainstRecommendation,
  MAX_DRINKS_A_DAY,
  MAX_DRINKS_A_WEEK,
  type AlcoholFigures,
} from '../../src/scoring/alcoholAgainstRecommendation';

const adult: AlcoholFigures = {
  drinkingDays: 1,
  typicalDayDrinks: 2,
  heavyDaysPerWeek: 0,
  age: { from: 25, to: 35 },
};

describe('alcoholAgainstRecommendation', () => {
  it('holds the Sundhedsstyrelsen 2022 limits: 10 a week, 4 a day', () => {
    expect([MAX_DRINKS_A_WEEK, MAX_DRINKS_A_DAY]).toEqual([10, 4]);
  });

  it('the week is drinking days × drinks on a typical day: 3 × 3 is 9, within 10', () => {
    expect(
      alcoholAgainstRecommendation({ ...adult, drinkingDays: 3, typicalDayDrinks: 3 }),
    ).toMatchObject({ weeklyDrinks: 9, aboveWeekly: false, aboveRecommendation: false });
  });

  it('10 a week is within, 11 is above', () => {
    expect(
      alcoholAgainstRecommendation({ ...adult, drinkingDays: 5, typicalDayDrinks: 2 }),
    ).toMatchObject({ weeklyDrinks: 10, aboveWeekly: false, aboveRecommendation: false });
    // 11 cannot come from whole days and drinks under 5 a day but as 1 × 11: above both limits.
    expect(
      alcoholAgainstRecommendation({ ...adult, drinkingDays: 3, typicalDayDrinks: 4 }),
    ).toMatchObject({ weeklyDrinks: 12, aboveWeekly: true, aboveRecommendation: true });
  });

  it('0 drinking days in a typical week states no week above the limit', () => {
    expect(
      alcoholAgainstRecommendation({ ...adult, drinkingDays: 0, typicalDayDrinks: 3 }),
    ).toMatchObject({ weeklyDrinks: 0, aboveWeekly: false, aboveRecommendation: false });
  });

  it('4 on a typical day is within, 5 is above', () => {
    const four = { ...adult, drinkingDays: 2, typicalDayDrinks: 4 };
    expect(alcoholAgainstRecommendation(four)).toEqual({
      weeklyDrinks: 8,
      aboveWeekly: false,
      aboveDaily: false,
      underAge: false,
      pregnant: false,
      aboveRecommendation: false,
    });
    expect(alcoholAgainstRecommendation({ ...four, typicalDayDrinks: 5 })).toEqual({
      weeklyDrinks: 10,
      aboveWeekly: false,
      aboveDaily: true,
      underAge: false,
      pregnant: false,
      aboveRecommendation: true,
    });
  });

  it('any day with 5 or more is above 4 a day, however rare', () => {
    const result = alcoholAgainstRecommendation({ ...adult, heavyDaysPerWeek: 0.05 });
    expect([result.aboveDaily, result.aboveRecommendation]).toEqual([true, true]);
  });

  it('pregnant or trying: any alcohol is above the recommendation', () => {
    const pregnant = alcoholAgainstRecommendation({ ...adult, drinkingDays: 0, pregnant: true });
    expect([pregnant.pregnant, pregnant.aboveRecommendation]).toEqual([true, true]);
    const not = alcoholAgainstRecommendation({ ...adult, drinkingDays: 0, pregnant: false });
    expect([not.pregnant, not.aboveRecommendation]).toEqual([false, false]);
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
    const figures = { ...adult, drinkingDays: 0, typicalDayDrinks: 1, age };
    const result = alcoholAgainstRecommendation(figures);
    expect([result.underAge, result.aboveRecommendation]).toEqual([underAge, underAge]);
  });
});
