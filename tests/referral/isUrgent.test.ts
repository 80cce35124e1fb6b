import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers';
import { isUrgent, raisesUrgent } from '../../src/referral/isUrgent';
import { referralInput } from '../../src/referral/referralInput';
import { assess } from '../../src/scoring/assess';
import { finishedJourneyArb } from '../handover/finishedJourneyArb';
import { questionnaire } from '../scoring/rusmiddeltjek';

const adult: Answers = { audience: 'self', 'age-group': '36-64', substances: ['alcohol'] };

describe('isUrgent', () => {
  it('is the urgent flag, or a yes to self-harm even without it', () => {
    expect(isUrgent({ flags: ['urgent'], selfHarm: false })).toBe(true);
    expect(isUrgent({ flags: [], selfHarm: true })).toBe(true);
    expect(isUrgent({ flags: ['harm-reduction', 'do-not-stop-abruptly'], selfHarm: false })).toBe(
      false,
    );
  });
});

describe('raisesUrgent', () => {
  it("reads an assessment's flags: self-harm, an overdose in the past 4 weeks, severe withdrawal", () => {
    const flagsOf = (answers: Answers) => assess(questionnaire, { ...adult, ...answers }).flags;
    expect(raisesUrgent(flagsOf({ 'self-harm': 'yes' }))).toBe(true);
    expect(raisesUrgent(flagsOf({ overdose: 'past-4-weeks' }))).toBe(true);
    expect(raisesUrgent(flagsOf({ 'severe-withdrawal': 'yes' }))).toBe(true);
    expect(raisesUrgent(flagsOf({ 'self-harm': 'no', 'severe-withdrawal': 'no' }))).toBe(false);
  });

  it('is not raised by the other flags alone', () => {
    expect(raisesUrgent([{ flag: 'harm-reduction' }, { flag: 'do-not-stop-abruptly' }])).toBe(
      false,
    );
  });

  it('for any finished journey, agrees with the result page (the notice before it and its urgent box)', () => {
    fc.assert(
      fc.property(finishedJourneyArb(questionnaire), (answers) => {
        const assessment = assess(questionnaire, answers);
        expect(raisesUrgent(assessment.flags)).toBe(
          isUrgent(referralInput(questionnaire, assessment)),
        );
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
