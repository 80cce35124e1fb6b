import { describe, expect, it } from 'vitest';
import { flagsRaised } from '../../src/scoring/flagsRaised';
import { questionnaire } from './rusmiddeltjek';

const steps = questionnaire.steps;

describe('flagsRaised', () => {
  it('raises nothing when every safety answer is no', () => {
    expect(flagsRaised(steps, { injecting: 'no', overdose: 'no', 'self-harm': 'no' }, [])).toEqual(
      [],
    );
  });

  it('lists urgent, harm reduction, do not stop abruptly in that order, each once', () => {
    const answers = {
      'severe-withdrawal': 'yes',
      mixing: 'yes',
      injecting: 'yes',
      'self-harm': 'yes',
      overdose: 'past-4-weeks',
    };
    expect(flagsRaised(steps, answers, [])).toEqual([
      { flag: 'urgent', evidence: ['overdose', 'severe-withdrawal', 'self-harm'] },
      { flag: 'harm-reduction', evidence: ['injecting', 'mixing'] },
      { flag: 'do-not-stop-abruptly', evidence: ['severe-withdrawal'] },
    ]);
  });

  it('raises harm reduction for an earlier overdose', () => {
    expect(flagsRaised(steps, { overdose: 'earlier' }, [])).toEqual([
      { flag: 'harm-reduction', evidence: ['overdose'] },
    ]);
  });

  it('raises do not stop abruptly from withdrawal evidence, in step order', () => {
    expect(
      flagsRaised(steps, { 'severe-withdrawal': 'yes' }, ['withdrawal.which', 'withdrawal']),
    ).toEqual([
      { flag: 'urgent', evidence: ['severe-withdrawal'] },
      {
        flag: 'do-not-stop-abruptly',
        evidence: ['withdrawal', 'withdrawal.which', 'severe-withdrawal'],
      },
    ]);
  });
});
