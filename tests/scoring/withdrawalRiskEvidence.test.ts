import { describe, expect, it } from 'vitest';
import type { SubstanceAssessment } from '../../src/scoring/assessment';
import { withdrawalRiskEvidence } from '../../src/scoring/withdrawalRiskEvidence';
import { questionnaire } from './rusmiddeltjek';

function withWithdrawal(
  substance: string,
  evidence: string[],
  counted = true,
): SubstanceAssessment {
  return {
    substance,
    criteria: [
      { criterion: 'tolerance', evidence: ['tolerance'], counted },
      { criterion: 'withdrawal', evidence, counted },
    ],
    warningSigns: [],
    unknownCriteria: [],
    criteriaCount: counted ? 2 : 0,
    band: counted ? 'mild' : 'none',
    icd11Groups: counted ? ['physiological'] : [],
    dependenceIndicated: false,
    takenAsPrescribed: !counted,
  };
}

describe('withdrawalRiskEvidence', () => {
  it('takes withdrawal of substances risky to stop, counted or not, each step once', () => {
    expect(
      withdrawalRiskEvidence(questionnaire.definition, [
        withWithdrawal('alcohol', ['withdrawal', 'withdrawal.which']),
        withWithdrawal('sedatives', ['withdrawal', 'withdrawal.which'], false),
      ]),
    ).toEqual(['withdrawal', 'withdrawal.which']);
  });

  it('ignores substances without withdrawal risk', () => {
    expect(
      withdrawalRiskEvidence(questionnaire.definition, [
        withWithdrawal('cannabis', ['withdrawal']),
        withWithdrawal('stimulants', ['withdrawal']),
      ]),
    ).toEqual([]);
  });
});
