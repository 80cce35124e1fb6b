import { describe, expect, it } from 'vitest';
import { resultSummary } from '../../src/contact/resultSummary';
import { assess } from '../../src/scoring/assess';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

describe('resultSummary', () => {
  it('holds the level, flags and per substance the count and band — nothing else', () => {
    const answers = completeAnswers({
      'age-group': '25-35',
      substances: ['alcohol', 'cannabis'],
      craving: 'yes',
      'craving.which': ['cannabis'],
      tolerance: 'yes',
      'tolerance.which': ['cannabis'],
      withdrawal: 'yes',
      'withdrawal.which': ['alcohol', 'cannabis'],
    });
    const assessment = assess(questionnaire, answers);
    const summary = resultSummary(assessment, questionnaire.definition);

    expect(summary.questionnaire).toEqual({ id: 'rusmiddeltjek', version: '2.0.0' });
    expect(summary.level).toBe(assessment.level);
    expect(summary.substances).toEqual(
      assessment.substances.map((s) => ({
        substance: s.substance,
        criteriaCount: s.criteriaCount,
        band: s.band,
      })),
    );
    expect(summary.substances.find((s) => s.substance === 'cannabis')?.criteriaCount).toBe(3);
    expect(Object.keys(summary).sort()).toEqual(['flags', 'level', 'questionnaire', 'substances']);
    // No answer, and no step id that would show which questions were answered "yes".
    const sent = JSON.stringify(summary);
    expect(sent).not.toMatch(/evidence|criteria"|concerns|ageGroup|"age"/);
    for (const stepId of Object.keys(answers).filter((id) => id !== questionnaire.substancesId)) {
      expect(sent, stepId).not.toContain(`"${stepId}"`);
    }
  });

  it('names each flag once', () => {
    const summary = resultSummary(
      {
        level: 'risky',
        audience: 'self',
        relativeConcerns: [],
        substances: [],
        flags: [
          { flag: 'harm-reduction', evidence: ['a'], concerns: ['mixing'] },
          { flag: 'urgent', evidence: ['b'], concerns: ['self-harm'] },
          { flag: 'harm-reduction', evidence: ['c'], concerns: ['injecting'] },
        ],
      },
      { id: 'q', version: '1' },
    );
    expect(summary.flags).toEqual(['harm-reduction', 'urgent']);
  });
});
