import { describe, expect, it } from 'vitest';
import { ageGroup } from '../../src/scoring/ageGroup';
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
