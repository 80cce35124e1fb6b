import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers';
import { assess } from '../../src/scoring/assess';
import { levelRaisedOnlyBy } from '../../src/scoring/levelRaisedOnlyBy';
import { questionnaire } from './rusmiddeltjek';

// Worked out by hand: a flag that alone made the level "risky" is named; use that is itself risky is not.

const quiet: Answers = {
  'age-group': '36-64',
  pregnancy: 'not-relevant',
  overdose: 'no',
  'self-harm': 'no',
  injecting: 'no',
  mixing: 'no',
  'severe-withdrawal': 'no',
};

function raisedBy(answers: Answers) {
  return levelRaisedOnlyBy(assess(questionnaire, { ...quiet, ...answers }));
}

describe('levelRaisedOnlyBy', () => {
  it('names the urgent flag when thoughts of self-harm alone made the level risky', () => {
    expect(
      raisedBy({ substances: ['cannabis'], 'frequency.cannabis': 'weekly', 'self-harm': 'yes' }),
    ).toBe('urgent');
  });

  it('names "do not stop abruptly" for a prescribed sedative whose withdrawal is not counted', () => {
    expect(
      raisedBy({
        substances: ['sedatives'],
        'frequency.sedatives': 'daily',
        'prescribed.sedatives': 'as-prescribed',
        withdrawal: 'yes',
      }),
    ).toBe('do-not-stop-abruptly');
  });

  it('names harm reduction for injecting with no sign', () => {
    expect(
      raisedBy({ substances: ['opioids'], 'frequency.opioids': 'weekly', injecting: 'yes' }),
    ).toBe('harm-reduction');
  });

  it('puts urgent before the others when several flags alone raise the level', () => {
    expect(
      raisedBy({
        substances: ['opioids'],
        'frequency.opioids': 'weekly',
        injecting: 'yes',
        overdose: 'past-4-weeks',
      }),
    ).toBe('urgent');
  });

  it('names no flag when drinking above the recommendation is a reason of its own', () => {
    expect(
      raisedBy({
        substances: ['alcohol'],
        'alcohol-days': 4,
        'alcohol-typical-day': 3,
        'alcohol-heavy-days': 'never',
        'self-harm': 'yes',
      }),
    ).toBeUndefined();
  });

  it('names no flag when one sign or a warning sign is a reason of its own', () => {
    const cannabis = {
      substances: ['cannabis'],
      'frequency.cannabis': 'weekly',
      'self-harm': 'yes',
    };
    expect(raisedBy({ ...cannabis, craving: 'yes' })).toBeUndefined();
    expect(raisedBy({ ...cannabis, 'needs-to-function': 'yes' })).toBeUndefined();
  });

  it('names no flag when the level is none or a band', () => {
    expect(raisedBy({ substances: ['cannabis'], 'frequency.cannabis': 'weekly' })).toBeUndefined();
    expect(
      raisedBy({
        substances: ['cannabis'],
        'frequency.cannabis': 'weekly',
        craving: 'yes',
        'cut-down': 'yes',
        'self-harm': 'yes',
      }),
    ).toBeUndefined();
  });
});
