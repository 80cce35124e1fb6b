import { describe, expect, it } from 'vitest';
import { alcoholAssessment } from '../../src/scoring/alcoholAssessment';
import { questionnaire } from './rusmiddeltjek';

const drinking = {
  'age-group': '36-64',
  substances: ['alcohol'],
  'frequency.alcohol': 'several-weekly',
  'alcohol-typical-day': 3,
  'alcohol-heavy-days': 'never',
};

describe('alcoholAssessment', () => {
  it('judges the answered figures: 4 days × 3 drinks = 12 a week', () => {
    expect(alcoholAssessment(questionnaire, drinking)).toEqual({
      weeklyDrinks: 12,
      typicalDayDrinks: 3,
      heavyDays: 'never',
      aboveWeekly: true,
      aboveDaily: false,
      underAge: false,
      aboveRecommendation: true,
      evidence: ['frequency.alcohol', 'alcohol-typical-day', 'alcohol-heavy-days'],
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
      'frequency.alcohol': 'monthly',
      'alcohol-heavy-days': heavyDays,
    });
    expect(result?.heavyDays).toBe(heavyDays);
    expect(result?.aboveDaily).toBe(aboveDaily);
  });

  it('names the age group as evidence when under 18', () => {
    const result = alcoholAssessment(questionnaire, { ...drinking, 'age-group': 'under-15' });
    expect(result?.underAge).toBe(true);
    expect(result?.evidence[0]).toBe('age-group');
  });
});
