import { describe, expect, it } from 'vitest';
import type {
  AlcoholAssessment,
  DsmBand,
  FlagFinding,
  SubstanceAssessment,
} from '../../src/scoring/assessment';
import { resultLevel } from '../../src/scoring/resultLevel';

function substance(criteriaCount: number, band: DsmBand): SubstanceAssessment {
  return {
    substance: 'cannabis',
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

function alcohol(aboveRecommendation: boolean): AlcoholAssessment {
  return {
    drinkingDays: 4,
    weeklyDrinks: 12,
    typicalDayDrinks: 3,
    heavyDays: 'never',
    aboveWeekly: aboveRecommendation,
    aboveDaily: false,
    underAge: false,
    pregnant: false,
    aboveRecommendation,
    evidence: [],
    dailyHeavyEvidence: [],
  };
}

const flag = (id: FlagFinding['flag']): FlagFinding => ({ flag: id, evidence: [id], concerns: [] });

describe('resultLevel', () => {
  it('is none with nothing found', () => {
    expect(resultLevel({ substances: [], flags: [] })).toBe('none');
    expect(
      resultLevel({ substances: [substance(0, 'none')], alcohol: alcohol(false), flags: [] }),
    ).toBe('none');
  });

  it('is risky for one criterion, drinking above the recommendation or harm reduction', () => {
    expect(resultLevel({ substances: [substance(1, 'none')], flags: [] })).toBe('risky');
    expect(resultLevel({ substances: [], alcohol: alcohol(true), flags: [] })).toBe('risky');
    expect(resultLevel({ substances: [], flags: [flag('harm-reduction')] })).toBe('risky');
  });

  it('is risky for any flag alone, so "no signs" never sits under a safety box', () => {
    expect(resultLevel({ substances: [], flags: [flag('urgent')] })).toBe('risky');
    expect(resultLevel({ substances: [], flags: [flag('do-not-stop-abruptly')] })).toBe('risky');
    expect(
      resultLevel({
        substances: [substance(0, 'none')],
        alcohol: alcohol(false),
        flags: [flag('urgent')],
      }),
    ).toBe('risky');
  });

  it('lets a band above risky win over a flag', () => {
    expect(resultLevel({ substances: [substance(3, 'mild')], flags: [flag('urgent')] })).toBe(
      'mild',
    );
  });

  it('takes the highest band over substances, above risky', () => {
    expect(
      resultLevel({
        substances: [substance(1, 'none'), substance(5, 'moderate'), substance(2, 'mild')],
        alcohol: alcohol(true),
        flags: [flag('harm-reduction')],
      }),
    ).toBe('moderate');
    expect(resultLevel({ substances: [substance(6, 'severe')], flags: [] })).toBe('severe');
    expect(resultLevel({ substances: [substance(2, 'mild')], flags: [] })).toBe('mild');
  });
});
