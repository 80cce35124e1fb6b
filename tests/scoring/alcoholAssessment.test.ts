import { describe, expect, it } from 'vitest';
import { alcoholAssessment } from '../../src/scoring/alcoholAssessment';
import { questionnaire } from './rusmiddeltjek';

const drinking = {
  'age-group': '36-64',
  substances: ['alcohol'],
  'alcohol-days': 4,
  'alcohol-typical-day': 3,
  'alcohol-heavy-days': 'never',
};

describe('alcoholAssessment', () => {
  it('judges the answered figures: 4 days × 3 drinks = 12 a week', () => {
    expect(alcoholAssessment(questionnaire, drinking)).toEqual({
      drinkingDays: 4,
      weeklyDrinks: 12,
      typicalDayDrinks: 3,
      heavyDays: 'never',
      aboveWeekly: true,
      aboveDaily: false,
      underAge: false,
      pregnant: false,
      aboveRecommendation: true,
      evidence: ['alcohol-days', 'alcohol-typical-day', 'alcohol-heavy-days'],
      dailyHeavyEvidence: [],
    });
  });

  it('is absent when alcohol is not chosen', () => {
    expect(alcoholAssessment(questionnaire, { ...drinking, substances: ['cannabis'] })).toBe(
      undefined,
    );
  });

  it('is absent while a figure is unanswered', () => {
    const partial = Object.fromEntries(
      Object.entries(drinking).filter(([id]) => id !== 'alcohol-typical-day'),
    );
    expect(alcoholAssessment(questionnaire, partial)).toBeUndefined();
  });

  it.each([
    ['never', false],
    ['few-times-a-year', true],
    ['monthly', true],
    ['weekly', true],
    ['most-days', true],
  ])('heavy days %s: above 4 a day is %s', (heavyDays, aboveDaily) => {
    const result = alcoholAssessment(questionnaire, {
      ...drinking,
      'alcohol-days': 0,
      'alcohol-heavy-days': heavyDays,
    });
    expect(result?.heavyDays).toBe(heavyDays);
    expect(result?.aboveDaily).toBe(aboveDaily);
  });

  it.each([
    [4, 5, false],
    [5, 4, false],
    [5, 5, true],
    [7, 12, true],
  ])('%i days × %i genstande: heavy drinking on most days is %s', (days, drinks, heavy) => {
    const result = alcoholAssessment(questionnaire, {
      ...drinking,
      'alcohol-days': days,
      'alcohol-typical-day': drinks,
    });
    expect(result?.dailyHeavyEvidence).toEqual(
      heavy ? ['alcohol-days', 'alcohol-typical-day'] : [],
    );
  });

  it('names the pregnancy answer as evidence when pregnant', () => {
    const result = alcoholAssessment(questionnaire, { ...drinking, pregnancy: 'yes' });
    expect([result?.pregnant, result?.aboveRecommendation]).toEqual([true, true]);
    expect(result?.evidence[0]).toBe('pregnancy');
  });

  it('names the age group as evidence when under 18', () => {
    const result = alcoholAssessment(questionnaire, { ...drinking, 'age-group': 'under-15' });
    expect(result?.underAge).toBe(true);
    expect(result?.evidence[0]).toBe('age-group');
  });
});
