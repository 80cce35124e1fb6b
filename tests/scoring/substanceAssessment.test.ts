import { describe, expect, it } from 'vitest';
import type { CriterionFinding } from '../../src/scoring/assessment';
import { substanceAssessment } from '../../src/scoring/substanceAssessment';
import { questionnaire } from './rusmiddeltjek';

const criteria = questionnaire.definition.criteria;
const met = (criterion: CriterionFinding['criterion'], counted = true): CriterionFinding => ({
  criterion,
  evidence: [criterion],
  counted,
});

describe('substanceAssessment', () => {
  it('counts only counted criteria for the band and the groups', () => {
    const findings = [
      met('craving'),
      met('social'),
      met('tolerance', false),
      met('withdrawal', false),
    ];
    expect(substanceAssessment('sedatives', findings, criteria, true)).toEqual({
      substance: 'sedatives',
      criteria: findings,
      criteriaCount: 2,
      band: 'mild',
      icd11Groups: ['impaired-control', 'precedence'],
      dependenceIndicated: true,
      takenAsPrescribed: true,
      unknownCriteria: [],
      warningSigns: [],
    });
  });

  it('gives a substance with no criteria band none and no groups', () => {
    expect(substanceAssessment('alcohol', [], criteria, false)).toEqual({
      substance: 'alcohol',
      criteria: [],
      criteriaCount: 0,
      band: 'none',
      icd11Groups: [],
      dependenceIndicated: false,
      takenAsPrescribed: false,
      unknownCriteria: [],
      warningSigns: [],
    });
  });

  it('reaches moderate at four counted criteria in one group', () => {
    const findings = [met('time-spent'), met('obligations'), met('social'), met('health')];
    const result = substanceAssessment('cannabis', findings, criteria, false);
    expect([result.criteriaCount, result.band, result.dependenceIndicated]).toEqual([
      4,
      'moderate',
      false,
    ]);
  });
});
