import { describe, expect, it } from 'vitest';
import { ageGroup } from '../../src/scoring/ageGroup';
import { ageRange } from '../../src/scoring/ageRange';
import { questionnaire } from './rusmiddeltjek';

describe('ageGroup', () => {
  it('reads the answer of the item measuring the age group', () => {
    expect(ageGroup(questionnaire.steps, { 'age-group': '15-17', substances: ['alcohol'] })).toBe(
      '15-17',
    );
  });

  it('is undefined when unanswered', () => {
    expect(ageGroup(questionnaire.steps, { substances: ['alcohol'] })).toBeUndefined();
  });
});

describe('ageRange', () => {
  it.each([
    ['under-15', { from: 0, to: 14 }],
    ['15-17', { from: 15, to: 17 }],
    ['65-plus', { from: 65 }],
  ])('reads the ages of the option %s', (code, ages) => {
    expect(ageRange(questionnaire.steps, { 'age-group': code, substances: ['alcohol'] })).toEqual(
      ages,
    );
  });

  it('is undefined when unanswered', () => {
    expect(ageRange(questionnaire.steps, { substances: ['alcohol'] })).toBeUndefined();
  });
});
