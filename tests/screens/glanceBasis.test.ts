import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/questionnaire/answers';
import { assess } from '../../src/scoring/assess';
import { glanceBasis } from '../../src/screens/result/glanceBasis';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

// Expected lines worked out by hand: the substance with the highest own level, else drinking.

function basisFor(given: Record<string, Answer>) {
  return glanceBasis(assess(questionnaire, completeAnswers({ audience: 'self', ...given })));
}

const adult = { 'age-group': '36-64', pregnancy: 'no' };
const drinking = (days: number, typical: number, heavy = 'never') => ({
  'alcohol-days': days,
  'alcohol-typical-day': typical,
  'alcohol-heavy-days': heavy,
});

describe('glanceBasis', () => {
  it('names the substance with the most signs', () => {
    expect(
      basisFor({
        ...adult,
        substances: ['alcohol', 'cannabis'],
        ...drinking(1, 2),
        craving: 'yes',
        'craving.which': ['cannabis'],
        tolerance: 'yes',
        'tolerance.which': ['cannabis'],
        'time-spent': 'yes',
        'time-spent.which': ['cannabis', 'alcohol'],
      }),
    ).toEqual({ kind: 'signs', substance: 'cannabis', signs: 3 });
  });

  it('gives a single sign as a count too', () => {
    expect(basisFor({ ...adult, substances: ['cannabis'], craving: 'yes' })).toEqual({
      kind: 'signs',
      substance: 'cannabis',
      signs: 1,
    });
  });

  it('gives the weekly figure for drinking above 10 a week without signs', () => {
    expect(basisFor({ ...adult, substances: ['alcohol'], ...drinking(4, 3) })).toEqual({
      kind: 'weekly',
      weekly: 12,
    });
  });

  it('gives no figure at exactly 10 a week, within the limits', () => {
    expect(basisFor({ ...adult, substances: ['alcohol'], ...drinking(5, 2) })).toBeUndefined();
  });

  it('gives heavy days when only the daily limit is passed', () => {
    expect(basisFor({ ...adult, substances: ['alcohol'], ...drinking(1, 2, 'monthly') })).toEqual({
      kind: 'daily',
    });
  });

  it('sets no figure against the adult limits under 18', () => {
    expect(
      basisFor({ 'age-group': '15-17', substances: ['alcohol'], ...drinking(4, 3) }),
    ).toBeUndefined();
  });

  it('says nothing when nothing was used', () => {
    expect(basisFor({ ...adult, substances: ['none'] })).toBeUndefined();
  });
});
