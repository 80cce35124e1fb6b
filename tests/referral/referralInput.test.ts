import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers';
import { referralInput } from '../../src/referral/referralInput';
import { assess } from '../../src/scoring/assess';
import { questionnaire } from '../scoring/rusmiddeltjek';

// Expected values worked out by hand from the real definition and docs/sources.md#design-audiences.

function inputFor(answers: Answers) {
  return referralInput(questionnaire, assess(questionnaire, answers));
}

describe('referralInput', () => {
  it('carries the ages of the age group, and each substance with its kind and own level', () => {
    expect(
      inputFor({
        'age-group': '18-24',
        substances: ['alcohol', 'nicotine'],
        'alcohol-days': 4,
        'alcohol-typical-day': 3,
        'alcohol-heavy-days': 'never',
        'frequency.nicotine': 'daily',
      }),
    ).toEqual({
      level: 'risky',
      substances: [
        { code: 'alcohol', kind: 'alcohol', level: 'risky' },
        { code: 'nicotine', kind: 'nicotine', level: 'none' },
      ],
      audience: 'self',
      relativeConcerns: [],
      age: { from: 18, to: 24 },
      flags: [],
      urgentBecause: [],
      stopAbruptlyBecause: [],
      selfHarm: false,
      pregnant: false,
    });
  });

  it('says pregnant only for a "yes" to the pregnancy page', () => {
    const drinking = { substances: ['cannabis'], 'frequency.cannabis': 'weekly' };
    expect(inputFor({ ...drinking, pregnancy: 'yes' }).pregnant).toBe(true);
    expect(inputFor({ ...drinking, pregnancy: 'no' }).pregnant).toBe(false);
    expect(inputFor({ ...drinking, pregnancy: 'not-relevant' }).pregnant).toBe(false);
    expect(inputFor(drinking).pregnant).toBe(false);
  });

  it('leaves the age out when it was not answered', () => {
    expect(inputFor({ substances: ['cannabis'] })).not.toHaveProperty('age');
  });

  it('says self-harm when the urgent flag was raised by thoughts of self-harm', () => {
    const input = inputFor({
      'age-group': '65-plus',
      substances: ['cannabis'],
      'self-harm': 'yes',
    });
    expect([input.flags, input.selfHarm, input.age]).toEqual([['urgent'], true, { from: 65 }]);
    expect(input.urgentBecause).toEqual(['self-harm']);
  });

  it('does not say self-harm for an urgent flag raised by an overdose', () => {
    const input = inputFor({
      substances: ['opioids'],
      overdose: 'past-4-weeks',
      'self-harm': 'no',
    });
    expect([input.flags, input.selfHarm]).toEqual([['urgent'], false]);
  });

  it('ignores a safety answer that is hidden (injecting, with alcohol alone)', () => {
    const input = inputFor({ substances: ['alcohol'], injecting: 'yes' });
    expect(input.flags).toEqual([]);
  });

  it('keeps thoughts of self-harm after "none", since everyone is asked', () => {
    const input = inputFor({ substances: ['none'], 'self-harm': 'yes' });
    expect([input.flags, input.selfHarm]).toEqual([['urgent'], true]);
  });

  it('says an overdose raised the urgent flag only when it did', () => {
    const use = { substances: ['cannabis'], 'frequency.cannabis': 'weekly' };
    expect(inputFor({ ...use, overdose: 'past-4-weeks' }).urgentBecause).toContain('overdose');
    expect(inputFor({ ...use, overdose: 'no' }).urgentBecause).toEqual([]);
  });
});
