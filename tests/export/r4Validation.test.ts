// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireResponse } from '../../src/export/fhir/fhirR4';
import { questionnaireResource } from '../../src/export/fhir/questionnaireResource';
import { questionnaireResponse } from '../../src/export/fhir/questionnaireResponse';
import { assess } from '../../src/scoring/assess';
import {
  authored,
  firstAnswers,
  fullAnswers,
  questionnaire,
  languageTexts,
} from './exportFixtures';
import { schemaProblems, structureProblems } from './r4Validation';
import { questionnaireProblems, responseProblems } from './structuralChecks';

// The checks must be able to fail: each deliberately broken resource is caught by the one named.
const [danish] = languageTexts;
if (!danish) throw new Error('no texts');
const fhirQuestionnaire = questionnaireResource(questionnaire, danish);
const answers = fullAnswers(firstAnswers[0] ?? '');
const response = questionnaireResponse(questionnaire, answers, assess(questionnaire, answers), {
  authored,
  language: 'da',
});

type Check = 'schema' | 'structure' | 'invariants' | 'against the Questionnaire';

function problems(check: Check, resource: Questionnaire | QuestionnaireResponse): string[] {
  if (check === 'schema') return schemaProblems(resource);
  if (check === 'structure') return structureProblems(resource);
  if (resource.resourceType === 'Questionnaire') return questionnaireProblems(resource);
  return responseProblems(fhirQuestionnaire, resource);
}

function broken<T>(resource: T, change: (copy: T) => void): T {
  const copy = JSON.parse(JSON.stringify(resource)) as T;
  change(copy);
  return copy;
}

const brokenQuestionnaires: [string, Check, Questionnaire][] = [
  [
    'a status outside its value set',
    'structure',
    broken(fhirQuestionnaire, (q) => void Object.assign(q, { status: 'live' })),
  ],
  [
    'no status',
    'structure',
    broken(fhirQuestionnaire, (q) => void Reflect.deleteProperty(q, 'status')),
  ],
  [
    'a url that is a number',
    'schema',
    broken(fhirQuestionnaire, (q) => void Object.assign(q, { url: 42 })),
  ],
  [
    'an unknown element',
    'schema',
    broken(fhirQuestionnaire, (q) => void Object.assign(q, { colour: 'blue' })),
  ],
  [
    'an unknown element',
    'structure',
    broken(fhirQuestionnaire, (q) => void Object.assign(q, { colour: 'blue' })),
  ],
  [
    'an unknown item type',
    'structure',
    broken(fhirQuestionnaire, (q) => void Object.assign(q.item[0] ?? {}, { type: 'slider' })),
  ],
  [
    'an item without linkId',
    'structure',
    broken(fhirQuestionnaire, (q) => void Reflect.deleteProperty(q.item[0] ?? {}, 'linkId')),
  ],
  [
    'a linkId used twice',
    'invariants',
    broken(
      fhirQuestionnaire,
      (q) => void q.item.push({ ...(q.item[0] ?? { linkId: '', type: 'group' }) }),
    ),
  ],
  [
    'an empty group',
    'invariants',
    broken(fhirQuestionnaire, (q) => void q.item.push({ linkId: 'empty', type: 'group' })),
  ],
  [
    'a name that is no identifier',
    'invariants',
    broken(fhirQuestionnaire, (q) => void Object.assign(q, { name: 'rusmiddel tjek' })),
  ],
  [
    'enableWhen on a question that does not exist',
    'invariants',
    broken(
      fhirQuestionnaire,
      (q) =>
        void Object.assign(q.item[0] ?? {}, {
          enableWhen: [{ question: 'nowhere', operator: 'exists', answerBoolean: true }],
        }),
    ),
  ],
];

const brokenResponses: [string, Check, QuestionnaireResponse][] = [
  [
    'a status outside its value set',
    'schema',
    broken(response, (r) => void Object.assign(r, { status: 'done' })),
  ],
  [
    'a status outside its value set',
    'structure',
    broken(response, (r) => void Object.assign(r, { status: 'done' })),
  ],
  [
    'an authored time that is not a dateTime',
    'structure',
    broken(response, (r) => void Object.assign(r, { authored: 'yesterday' })),
  ],
  [
    'an integer written as text',
    'schema',
    broken(
      response,
      (r) =>
        void Object.assign(r.item.find((i) => i.answer?.[0]?.valueCoding) ?? {}, {
          answer: [{ valueInteger: 'two' }],
        }),
    ),
  ],
  [
    'an item without linkId',
    'structure',
    broken(response, (r) => void Reflect.deleteProperty(r.item[0] ?? {}, 'linkId')),
  ],
  [
    'another version of the Questionnaire',
    'against the Questionnaire',
    broken(
      response,
      (r) => void Object.assign(r, { questionnaire: `${fhirQuestionnaire.url}|0.0.1` }),
    ),
  ],
  [
    'a linkId the Questionnaire lacks',
    'against the Questionnaire',
    broken(
      response,
      (r) => void r.item.push({ linkId: 'favourite-colour', answer: [{ valueInteger: 1 }] }),
    ),
  ],
  [
    'a code that is not an answerOption',
    'against the Questionnaire',
    broken(
      response,
      (r) => void Object.assign(r.item[0]?.answer?.[0]?.valueCoding ?? {}, { code: 'maybe' }),
    ),
  ],
  [
    'an answer of the wrong type',
    'against the Questionnaire',
    broken(
      response,
      (r) => void Object.assign(r.item[0] ?? {}, { answer: [{ valueBoolean: true }] }),
    ),
  ],
  [
    'an answer with two values',
    'against the Questionnaire',
    broken(response, (r) => void Object.assign(r.item[0]?.answer?.[0] ?? {}, { valueInteger: 1 })),
  ],
  [
    'items out of order',
    'against the Questionnaire',
    broken(response, (r) => void r.item.reverse()),
  ],
  [
    'a page answered twice',
    'against the Questionnaire',
    broken(response, (r) => void r.item.push(r.item[0] ?? { linkId: '' })),
  ],
];

describe('the FHIR checks', () => {
  it('pass the unbroken resources', () => {
    for (const check of ['schema', 'structure', 'invariants'] as const) {
      expect(problems(check, fhirQuestionnaire), check).toEqual([]);
    }
    for (const check of ['schema', 'structure', 'against the Questionnaire'] as const) {
      expect(problems(check, response), check).toEqual([]);
    }
  });

  it.each(brokenQuestionnaires)('catch a Questionnaire with %s (%s)', (_, check, resource) => {
    expect(problems(check, resource)).not.toEqual([]);
  });

  it.each(brokenResponses)('catch a QuestionnaireResponse with %s (%s)', (_, check, resource) => {
    expect(problems(check, resource)).not.toEqual([]);
  });
});
