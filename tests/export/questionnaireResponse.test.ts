// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaireResource } from '../../src/export/fhir/questionnaireResource';
import { questionnaireResponse } from '../../src/export/fhir/questionnaireResponse';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import { visibleAnswers, visibleSteps } from '../../src/questionnaire/visibility';
import { assess } from '../../src/scoring/assess';
import {
  authored,
  firstAnswers,
  fullAnswers,
  noneAnswers,
  questionnaire,
  languageTexts,
} from './exportFixtures';
import { r4Problems } from './r4Validation';
import { randomJourney } from './randomJourney';
import { responseLinkIds, responseProblems } from './structuralChecks';
import { completeAnswers } from '../support/completeAnswers';

const { steps } = questionnaire;
const [danish] = languageTexts;
if (!danish) throw new Error('no texts');
const fhirQuestionnaire = questionnaireResource(questionnaire, danish);

function exported(answers: Answers) {
  return questionnaireResponse(questionnaire, answers, assess(questionnaire, answers), {
    authored,
    language: 'da',
  });
}

/** Valid R4, and valid against the generated Questionnaire. */
function expectValid(answers: Answers) {
  const response = exported(answers);
  expect(r4Problems(response)).toEqual([]);
  expect(responseProblems(fhirQuestionnaire, response)).toEqual([]);
  return response;
}

/** The page linkIds a response answers (not the groups or scores). */
function answeredIds(answers: Answers): string[] {
  const stepIds = new Set(steps.map((s) => s.id));
  return responseLinkIds(exported(answers).item).filter((id) => stepIds.has(id));
}

describe('the FHIR QuestionnaireResponse', () => {
  it('is valid for a journey that chose no substance', () => {
    const answers = noneAnswers();
    expectValid(answers);
    expect(answeredIds(answers).sort()).toEqual(Object.keys(answers).sort());
  });

  it.each(firstAnswers)('is valid for a journey with every page shown after %s', (first) => {
    const answers = fullAnswers(first);
    const response = expectValid(answers);
    expect(answeredIds(answers).sort()).toEqual(Object.keys(answers).sort());
    // Some signs were met, so the scores name a level above none and a substance's criteria.
    const linkIds = responseLinkIds(response.item);
    expect(linkIds).toContain('score.level');
    expect(linkIds.some((id) => id.endsWith('.criteria-count'))).toBe(true);
  });

  it('is valid for many journeys, and answers exactly the pages shown', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomJourney(g, questionnaire);
        expectValid(answers);
        const shown = visibleSteps(steps, answers).map((s) => s.id);
        expect(answeredIds(answers).sort()).toEqual(shown.sort());
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out answers to pages the other answers hide', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomJourney(g, questionnaire);
        const shown = new Set(visibleSteps(steps, answers).map((s) => s.id));
        const hiddenNoise: Record<string, Answer> = {};
        for (const step of steps) {
          const [option] = step.options;
          if (shown.has(step.id)) continue;
          hiddenNoise[step.id] = step.kind === 'number' ? (step.min ?? 1) : (option?.code ?? '');
        }
        const withNoise = { ...hiddenNoise, ...answers };
        expect(visibleAnswers(steps, withNoise)).toEqual(answers);
        expect(exported(withNoise)).toEqual(exported(answers));
      }),
      { numRuns: 30 },
    );
  });

  it('names no one: only the questionnaire, status, time, language and items', () => {
    const response = exported(fullAnswers(firstAnswers[0] ?? ''));
    expect(Object.keys(response).sort()).toEqual(
      ['authored', 'item', 'language', 'questionnaire', 'resourceType', 'status'].sort(),
    );
    expect(response).not.toHaveProperty('subject');
    expect(response.authored).toBe('2026-03-04T05:06:07Z');
    expect(response.questionnaire).toBe(`${fhirQuestionnaire.url}|${fhirQuestionnaire.version}`);
    expect(response.status).toBe('completed');
  });

  it('carries the scores of the assessment', () => {
    const answers = fullAnswers(firstAnswers[0] ?? '');
    const assessment = assess(questionnaire, answers);
    const response = exported(answers);
    const scores = response.item.find((i) => i.linkId === 'scores')?.item ?? [];
    const level = scores.find((i) => i.linkId === 'score.level');
    expect(level?.answer?.[0]?.valueCoding?.code).toBe(assessment.level);
    for (const substance of assessment.substances) {
      const group = scores.find((i) => i.linkId === `score.${substance.substance}`);
      const count = group?.item?.find((i) => i.linkId.endsWith('.criteria-count'));
      expect(count?.answer).toEqual([{ valueInteger: substance.criteriaCount }]);
      const band = group?.item?.find((i) => i.linkId.endsWith('.dsm5-band'));
      expect(band?.answer?.[0]?.valueCoding?.code).toBe(substance.band);
    }
    if (assessment.alcohol) {
      const weekly = responseLinkIds(response.item).filter((id) => id.endsWith('.weekly-drinks'));
      expect(weekly).toHaveLength(1);
    }
  });

  it('carries the warning signs that count as no criterion, and pregnancy when it was asked', () => {
    const answers = completeAnswers({
      audience: 'self',
      'age-group': '25-35',
      substances: ['alcohol', 'cannabis'],
      pregnancy: 'yes',
      'needs-to-function': 'yes',
      'needs-to-function.which': ['cannabis'],
    });
    const response = expectValid(answers);
    const scores = response.item.find((i) => i.linkId === 'scores')?.item ?? [];
    const pregnancy = scores.find((i) => i.linkId === 'score.pregnancy');
    expect(pregnancy?.answer?.[0]?.valueCoding?.code).toBe('pregnant');
    const signsOf = (substance: string) =>
      scores
        .find((i) => i.linkId === `score.${substance}`)
        ?.item?.find((i) => i.linkId === `score.${substance}.warning-signs`)
        ?.answer?.map((a) => a.valueCoding?.code);
    expect(signsOf('cannabis')).toEqual(['needs-to-function']);
    expect(signsOf('alcohol')).toBeUndefined();
  });

  it('leaves pregnancy out when it was not asked', () => {
    const linkIds = responseLinkIds(exported(noneAnswers()).item);
    expect(linkIds).toContain('score.level');
    expect(linkIds).not.toContain('score.pregnancy');
  });
});
