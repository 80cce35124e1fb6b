// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromQuestionnaireResponse } from '../../src/export/fhir/answersFromQuestionnaireResponse';
import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '../../src/export/fhir/fhirR4';
import { questionnaireResponse } from '../../src/export/fhir/questionnaireResponse';
import type { Answers } from '../../src/questionnaire/answers';
import { createQuestionnaire } from '../../src/questionnaire/questionnaire';
import { visibleAnswers, visibleSteps } from '../../src/questionnaire/visibility';
import { assess } from '../../src/scoring/assess';
import { authored, firstAnswers, fullAnswers, noneAnswers, questionnaire } from './exportFixtures';
import { randomJourney } from './randomJourney';

const { steps, definition } = questionnaire;
const questionnaires = [questionnaire];

function exported(answers: Answers): QuestionnaireResponse {
  return questionnaireResponse(questionnaire, answers, assess(questionnaire, answers), {
    authored,
    language: 'da',
  });
}

/** A deep copy to change freely. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function findItem(
  items: QuestionnaireResponseItem[] | undefined,
  linkId: string,
): QuestionnaireResponseItem | undefined {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const found =
      findItem(item.item, linkId) ??
      item.answer?.map((a) => findItem(a.item, linkId)).find((i) => i !== undefined);
    if (found) return found;
  }
  return undefined;
}

/** The response with this page's item changed in place. */
function withItem(
  response: QuestionnaireResponse,
  linkId: string,
  change: (item: QuestionnaireResponseItem) => void,
): QuestionnaireResponse {
  const changed = copy(response);
  const item = findItem(changed.item, linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  change(item);
  return changed;
}

const full = fullAnswers(firstAnswers[0] ?? '');
const fullResponse = exported(full);
const [single] = steps.filter((s) => s.kind === 'single' && full[s.id] !== undefined);
const [multiple] = steps.filter((s) => s.kind === 'multiple' && full[s.id] !== undefined);
const [number] = steps.filter((s) => s.kind === 'number' && full[s.id] !== undefined);
if (!single || !multiple || !number) throw new Error('the full journey lacks a kind of page');

describe('answersFromQuestionnaireResponse: round trip', () => {
  it('reads back exactly the answers it was given, from the object or its JSON text', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const answers = randomJourney(g, questionnaire);
        const response = exported(answers);
        const expected = { ok: true, questionnaire, answers };
        expect(answersFromQuestionnaireResponse(questionnaires, response)).toEqual(expected);
        expect(answersFromQuestionnaireResponse(questionnaires, JSON.stringify(response))).toEqual(
          expected,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('reads the none path and every full journey', () => {
    for (const answers of [noneAnswers(), ...firstAnswers.map(fullAnswers)]) {
      const result = answersFromQuestionnaireResponse(questionnaires, exported(answers));
      expect(result).toEqual({ ok: true, questionnaire, answers });
    }
  });

  it('picks the questionnaire and version the response names', () => {
    const older = createQuestionnaire({ ...definition, version: '0.0.1' });
    const result = answersFromQuestionnaireResponse([older, questionnaire], fullResponse);
    expect(result.ok && result.questionnaire).toBe(questionnaire);
  });

  it('does not read the scores in the file: they are worked out again from the answers', () => {
    const tampered = withItem(fullResponse, 'score.level', (item) => {
      item.answer = [{ valueCoding: { system: 'elsewhere', code: 'anything' } }];
    });
    expect(answersFromQuestionnaireResponse(questionnaires, tampered)).toMatchObject({ ok: true });
  });
});

describe('answersFromQuestionnaireResponse: problems', () => {
  const cases: [string, unknown, object][] = [
    ['text that is not JSON', '{"resourceType":', { problem: 'not-json' }],
    ['an empty text', '', { problem: 'not-json' }],
    ['JSON null', 'null', { problem: 'not-a-questionnaire-response' }],
    ['an array', [fullResponse], { problem: 'not-a-questionnaire-response' }],
    ['another resource', { resourceType: 'Patient' }, { problem: 'not-a-questionnaire-response' }],
    [
      'no questionnaire',
      { ...fullResponse, questionnaire: undefined },
      { problem: 'unknown-questionnaire', questionnaire: '' },
    ],
    [
      'another questionnaire',
      { ...fullResponse, questionnaire: 'https://example.org/Questionnaire/x|1.0.0' },
      { problem: 'unknown-questionnaire', questionnaire: 'https://example.org/Questionnaire/x' },
    ],
    [
      'an unknown version',
      { ...fullResponse, questionnaire: fullResponse.questionnaire.replace(/\|.*$/, '|0.0.0') },
      { problem: 'unknown-version', version: '0.0.0', known: [definition.version] },
    ],
    [
      'an unfinished response',
      { ...fullResponse, status: 'in-progress' },
      { problem: 'not-completed', status: 'in-progress' },
    ],
    [
      'items that are not a list',
      { ...fullResponse, item: {} },
      { problem: 'not-a-questionnaire-response' },
    ],
    [
      'an item without linkId',
      { ...fullResponse, item: [{}] },
      { problem: 'not-a-questionnaire-response' },
    ],
    [
      'an unknown linkId',
      { ...fullResponse, item: [{ linkId: 'favourite-colour', answer: [] }, ...fullResponse.item] },
      { problem: 'unknown-question', linkId: 'favourite-colour' },
    ],
    [
      'a known linkId in the wrong place',
      { ...fullResponse, item: [...fullResponse.item, { linkId: 'score.level' }] },
      { problem: 'misplaced-question', linkId: 'score.level' },
    ],
    [
      'a page given twice',
      { ...fullResponse, item: [...fullResponse.item.slice(0, 1), ...fullResponse.item] },
      { problem: 'repeated-question', linkId: fullResponse.item[0]?.linkId },
    ],
    [
      'an unknown code',
      withItem(fullResponse, single.id, (item) => {
        const coding = item.answer?.[0]?.valueCoding;
        if (coding) coding.code = 'maybe';
      }),
      { problem: 'invalid-answer', linkId: single.id },
    ],
    [
      'a code from another system',
      withItem(fullResponse, single.id, (item) => {
        const coding = item.answer?.[0]?.valueCoding;
        if (coding) coding.system = 'http://snomed.info/sct';
      }),
      { problem: 'invalid-answer', linkId: single.id },
    ],
    [
      'two answers to a one-answer page',
      withItem(fullResponse, single.id, (item) => {
        item.answer = [...(item.answer ?? []), ...(item.answer ?? [])];
      }),
      { problem: 'invalid-answer', linkId: single.id },
    ],
    [
      'text for a choice',
      withItem(fullResponse, single.id, (item) => {
        item.answer = [{ valueString: 'yes' } as never];
      }),
      { problem: 'invalid-answer', linkId: single.id },
    ],
    [
      'a code given twice',
      withItem(fullResponse, multiple.id, (item) => {
        item.answer = [...(item.answer ?? []), ...(item.answer ?? []).slice(0, 1)];
      }),
      { problem: 'invalid-answer', linkId: multiple.id },
    ],
    [
      'a number out of range',
      withItem(fullResponse, number.id, (item) => {
        item.answer = [{ valueInteger: (number.max ?? 1000) + 1 }];
      }),
      { problem: 'invalid-answer', linkId: number.id },
    ],
    [
      'a number that is not whole',
      withItem(fullResponse, number.id, (item) => {
        item.answer = [{ valueInteger: 2.5 }];
      }),
      { problem: 'invalid-answer', linkId: number.id },
    ],
    [
      'a number with two values',
      withItem(fullResponse, number.id, (item) => {
        item.answer = [{ valueInteger: 2, valueDecimal: 2 }];
      }),
      { problem: 'invalid-answer', linkId: number.id },
    ],
  ];

  it.each(cases)('rejects %s', (_, input, problem) => {
    expect(answersFromQuestionnaireResponse(questionnaires, input)).toEqual({
      ok: false,
      ...problem,
    });
  });

  it('rejects "none of these" with another answer', () => {
    const substances = steps.find((s) => s.id === questionnaire.substancesId);
    const none = substances?.options.find((o) => o.exclusive);
    if (!none) throw new Error('no exclusive option');
    const response = withItem(fullResponse, questionnaire.substancesId, (item) => {
      item.answer = [
        ...(item.answer ?? []),
        { valueCoding: { ...item.answer?.[0]?.valueCoding, code: none.code } },
      ];
    });
    expect(answersFromQuestionnaireResponse(questionnaires, response)).toEqual({
      ok: false,
      problem: 'invalid-answer',
      linkId: questionnaire.substancesId,
    });
  });

  it('rejects an answer to a page the other answers hide', () => {
    const none = noneAnswers();
    const shown = new Set(visibleSteps(steps, none).map((s) => s.id));
    // A page shown in the full journey but hidden on the none path, at its place in the file.
    const hidden = steps.find(
      (s) =>
        !shown.has(s.id) && s.substance === undefined && !s.followUpOf && full[s.id] !== undefined,
    );
    if (!hidden) throw new Error('no page is hidden on the none path');
    const response = copy(exported(none));
    const item = findItem(fullResponse.item, hidden.id);
    if (!item) throw new Error('not in the full response');
    const at = fullResponse.item.findIndex((i) => i.linkId === hidden.id);
    response.item.splice(Math.min(at, response.item.length - 1), 0, item);
    expect(answersFromQuestionnaireResponse(questionnaires, response)).toEqual({
      ok: false,
      problem: 'hidden-question-answered',
      linkId: hidden.id,
    });
  });

  it('rejects a response that leaves out a page it shows', () => {
    const response = copy(fullResponse);
    const [first] = response.item;
    response.item = response.item.slice(1);
    expect(answersFromQuestionnaireResponse(questionnaires, response)).toEqual({
      ok: false,
      problem: 'unanswered-question',
      linkId: first?.linkId,
    });
  });
});

describe('answersFromQuestionnaireResponse: never throws', () => {
  it('on any JSON value or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), (input) => {
        const result = answersFromQuestionnaireResponse(questionnaires, input);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on a real response with any one value replaced or removed, and reads only whole answers', () => {
    const paths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, child]) => [
            [...path, Array.isArray(value) ? Number(key) : key],
            ...paths(child, [...path, Array.isArray(value) ? Number(key) : key]),
          ])
        : [];
    fc.assert(
      fc.property(
        fc.gen(),
        fc.nat(),
        fc.option(fc.jsonValue(), { nil: undefined }),
        (g, pick, replacement) => {
          const answers = randomJourney(g, questionnaire);
          const response = copy(exported(answers)) as unknown as Record<string, unknown>;
          const all = paths(response);
          const path = all[pick % all.length] ?? [];
          let parent: unknown = response;
          for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[key];
          const last = path.at(-1);
          if (last !== undefined) {
            (parent as Record<string | number, unknown>)[last] = replacement;
          }
          const result = answersFromQuestionnaireResponse(questionnaires, response);
          if (result.ok) {
            // Whatever it accepts is a whole journey: only shown pages, every one answered.
            expect(visibleAnswers(steps, result.answers)).toEqual(result.answers);
            const shown = visibleSteps(steps, result.answers).map((s) => s.id);
            expect(Object.keys(result.answers).sort()).toEqual(shown.sort());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on a value whose property throws when read', () => {
    const hostile = {
      resourceType: 'QuestionnaireResponse',
      get questionnaire(): string {
        throw new Error('boom');
      },
    };
    expect(answersFromQuestionnaireResponse(questionnaires, hostile)).toEqual({
      ok: false,
      problem: 'not-a-questionnaire-response',
    });
  });
});
