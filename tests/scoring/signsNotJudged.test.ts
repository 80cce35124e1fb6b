import { describe, expect, it } from 'vitest';
import { assess } from '../../src/scoring/assess';
import { signsNotJudged } from '../../src/scoring/signsNotJudged';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const asRelative = (given: Record<string, string | string[]>) =>
  assess(
    questionnaire,
    completeAnswers({
      audience: 'relative',
      relationship: 'friend',
      'age-group': '25-35',
      ...given,
    }),
  );

describe('signsNotJudged', () => {
  it('counts each sign answered "don\'t know" once, across the substances it was asked about', () => {
    const assessment = asRelative({
      substances: ['alcohol', 'cannabis'],
      craving: 'dont-know',
      tolerance: 'dont-know',
    });
    expect(assessment.substances.map((s) => s.unknownCriteria.length)).toEqual([2, 2]);
    expect(signsNotJudged(assessment)).toBe(2);
  });

  it('leaves out a sign met through another question', () => {
    // "larger amounts" is met by taking more than prescribed, though its own question was "don't know".
    const assessment = asRelative({
      substances: ['sedatives'],
      'prescribed.sedatives': 'more-than-prescribed',
      'larger-amounts': 'dont-know',
      craving: 'dont-know',
    });
    expect(signsNotJudged(assessment)).toBe(1);
  });

  it('is 0 without a "don\'t know"', () => {
    expect(signsNotJudged(asRelative({ substances: ['alcohol'], craving: 'yes' }))).toBe(0);
  });
});
