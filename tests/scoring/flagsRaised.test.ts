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
      {
        flag: 'urgent',
        evidence: ['overdose', 'severe-withdrawal', 'self-harm'],
        concerns: ['self-harm', 'overdose', 'severe-withdrawal'],
      },
      {
        flag: 'harm-reduction',
        evidence: ['injecting', 'mixing'],
        concerns: ['injecting', 'mixing'],
      },
      {
        flag: 'do-not-stop-abruptly',
        evidence: ['severe-withdrawal'],
        concerns: ['severe-withdrawal'],
      },
    ]);
  });

  it('raises harm reduction for an earlier overdose', () => {
    expect(flagsRaised(steps, { overdose: 'earlier' }, [])).toEqual([
      { flag: 'harm-reduction', evidence: ['overdose'], concerns: ['overdose'] },
    ]);
  });

  it('raises do not stop abruptly from withdrawal evidence, in step order', () => {
    expect(
      flagsRaised(steps, { 'severe-withdrawal': 'yes' }, ['withdrawal.which', 'withdrawal']),
    ).toEqual([
      { flag: 'urgent', evidence: ['severe-withdrawal'], concerns: ['severe-withdrawal'] },
      {
        flag: 'do-not-stop-abruptly',
        evidence: ['withdrawal', 'withdrawal.which', 'severe-withdrawal'],
        concerns: ['severe-withdrawal', 'withdrawal'],
      },
    ]);
  });

  it('names withdrawal signs as the concern when they alone raise do not stop abruptly', () => {
    expect(flagsRaised(steps, { 'severe-withdrawal': 'no' }, ['withdrawal'])).toEqual([
      { flag: 'do-not-stop-abruptly', evidence: ['withdrawal'], concerns: ['withdrawal'] },
    ]);
  });

  it('raises urgent with the overdose concern for an overdose in the past 4 weeks', () => {
    expect(flagsRaised(steps, { overdose: 'past-4-weeks' }, [])).toEqual([
      { flag: 'urgent', evidence: ['overdose'], concerns: ['overdose'] },
    ]);
  });

  it('names sharing equipment beside injecting', () => {
    expect(flagsRaised(steps, { injecting: 'yes', 'sharing-equipment': 'yes' }, [])).toEqual([
      {
        flag: 'harm-reduction',
        evidence: ['injecting', 'sharing-equipment'],
        concerns: ['injecting', 'sharing-equipment'],
      },
    ]);
  });
});
