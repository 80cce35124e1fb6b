import { describe, expect, it } from 'vitest';
import type { AlcoholAssessment, SubstanceAssessment } from '../../src/scoring/assessment';
import { substanceLevel } from '../../src/scoring/substanceLevel';

function substance(criteriaCount: number, band: SubstanceAssessment['band']): SubstanceAssessment {
  return {
    substance: 'alcohol',
    criteria: [],
    warningSigns: [],
    unknownCriteria: [],
    criteriaCount,
    band,
    icd11Groups: [],
    dependenceIndicated: false,
    takenAsPrescribed: false,
  };
}

const above = { aboveRecommendation: true } as AlcoholAssessment;
const within = { aboveRecommendation: false } as AlcoholAssessment;

describe('substanceLevel', () => {
  it.each([
    [0, 'none', undefined, 'none'],
    [1, 'none', undefined, 'risky'],
    [0, 'none', within, 'none'],
    [0, 'none', above, 'risky'],
    [2, 'mild', above, 'mild'],
    [4, 'moderate', undefined, 'moderate'],
    [7, 'severe', within, 'severe'],
  ] as const)('%i criteria, band %s, alcohol %o → %s', (count, band, alcohol, expected) => {
    expect(substanceLevel(substance(count, band), alcohol)).toBe(expected);
  });
});
