import { describe, expect, it } from 'vitest';
import { assess } from '../../src/scoring/assess';
import { intakeSummary } from '../../src/summary/intakeSummary';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const madeAt = new Date('2026-11-26T10:30:00Z');

function summaryOf(given: Parameters<typeof completeAnswers>[0]) {
  return intakeSummary(questionnaire, assess(questionnaire, completeAnswers(given)), madeAt);
}

// Worked by hand from definition.json: craving, tolerance and withdrawal are DSM-5 4, 10 and 11.
describe('intakeSummary', () => {
  it('marks each criterion per substance: met, not counted as prescribed, unknown, not met', () => {
    const summary = summaryOf({
      audience: 'clinician',
      'age-group': '36-64',
      substances: ['alcohol', 'sedatives'],
      'alcohol-days': 7,
      'alcohol-typical-day': 3,
      'alcohol-heavy-days': 'weekly',
      'prescribed.sedatives': 'as-prescribed',
      craving: 'yes',
      'craving.which': ['alcohol'],
      tolerance: 'yes',
      'tolerance.which': ['sedatives'],
      withdrawal: 'dont-know',
    });
    const row = (id: string) => summary.criteria.find((r) => r.criterion === id)?.status;
    expect(row('craving')).toEqual({ alcohol: 'met', sedatives: 'not-met' });
    expect(row('tolerance')).toEqual({ alcohol: 'not-met', sedatives: 'not-counted' });
    expect(row('withdrawal')).toEqual({ alcohol: 'unknown', sedatives: 'unknown' });
    expect(row('health')).toEqual({ alcohol: 'not-met', sedatives: 'not-met' });
    expect(summary.criteria.map((r) => r.dsm5)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(summary.substances).toEqual([
      {
        substance: 'alcohol',
        criteriaCount: 1,
        unknownCount: 1,
        band: 'none',
        icd11Groups: ['impaired-control'],
        dependenceIndicated: false,
        isMedicine: false,
        takenAsPrescribed: false,
        warningSigns: [],
      },
      {
        substance: 'sedatives',
        criteriaCount: 0,
        unknownCount: 1,
        band: 'none',
        icd11Groups: [],
        dependenceIndicated: false,
        isMedicine: true,
        takenAsPrescribed: true,
        warningSigns: [],
      },
    ]);
    // 7 days × 3 = 21 a week; 5+ on one day weekly.
    expect(summary.alcohol).toEqual({
      drinkingDays: 7,
      weeklyDrinks: 21,
      typicalDayDrinks: 3,
      heavyDays: 'weekly',
      aboveWeekly: true,
      aboveDaily: true,
      underAge: false,
      pregnant: false,
    });
    expect(summary.level).toBe('risky');
    expect(summary.audience).toBe('clinician');
    expect(summary.questionnaire).toEqual({ id: 'rusmiddeltjek', version: '2.0.0' });
    expect(summary.madeAt).toBe(madeAt);
  });

  it('carries the flags with their causes, and no answer, evidence or name', () => {
    const summary = summaryOf({
      audience: 'relative',
      relationship: 'partner',
      substances: ['opioids', 'stimulants'],
      injecting: 'yes',
      'sharing-equipment': 'yes',
      'self-harm': 'yes',
    });
    expect(summary.flags).toEqual([
      { flag: 'urgent', concerns: ['self-harm'] },
      { flag: 'harm-reduction', concerns: ['injecting', 'sharing-equipment'] },
    ]);
    expect(JSON.stringify(summary)).not.toMatch(/evidence|partner|"yes"/);
  });

  it('lists the warning signs that count towards no criterion, and the pregnancy answer', () => {
    const summary = summaryOf({
      audience: 'clinician',
      substances: ['cannabis'],
      pregnancy: 'dont-know',
      'needs-to-function': 'yes',
    });
    expect(summary.substances[0]?.warningSigns).toEqual(['needs-to-function']);
    expect(summary.substances[0]?.criteriaCount).toBe(0);
    expect(summary.pregnancy).toBe('unknown');
    expect(summaryOf({ substances: ['none'] }).pregnancy).toBeUndefined();
  });

  it('has no substance columns after "None of these"', () => {
    const summary = summaryOf({ substances: ['none'] });
    expect(summary.substances).toEqual([]);
    expect(summary.criteria.every((r) => Object.keys(r.status).length === 0)).toBe(true);
    expect(summary.level).toBe('none');
  });
});
