import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import minimalDefinition from '../fixtures/questionnaires/minimal-valid/definition.json';
import { decodeHandover } from '../../src/handover/decodeHandover';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { isCompleteAnswerSet } from '../../src/questionnaire/completeAnswerSet';
import { definitionSchema } from '../../src/questionnaire/definitionSchema';
import { createQuestionnaire } from '../../src/questionnaire/questionnaire';
import type { Answers } from '../../src/questionnaire/answers';
import { assess } from '../../src/scoring/assess';
import { intakeSummary } from '../../src/summary/intakeSummary';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { finishedJourneyArb, inOptionOrder } from './finishedJourneyArb';

const minimal = createQuestionnaire(definitionSchema.parse(minimalDefinition));
const runs = { numRuns: 500 };

describe('decodeHandover(encodeHandover(answers)): properties over finished journeys', () => {
  it('gives back exactly the answers, choices of several in the page order', () => {
    fc.assert(
      fc.property(finishedJourneyArb(realQuestionnaire), (answers) => {
        const decoded = decodeHandover(
          [realQuestionnaire],
          encodeHandover(realQuestionnaire, answers),
        );
        expect(decoded).toEqual({
          ok: true,
          questionnaire: realQuestionnaire,
          answers: inOptionOrder(realQuestionnaire, answers),
        });
      }),
      runs,
    );
  });

  it('gives an equal assessment and intake summary, so the clinician sees what the person saw', () => {
    const madeAt = new Date('2026-11-26T12:00:00Z');
    const summaryOf = (answers: Answers) =>
      intakeSummary(realQuestionnaire, assess(realQuestionnaire, answers), madeAt);
    fc.assert(
      fc.property(finishedJourneyArb(realQuestionnaire), (answers) => {
        const decoded = decodeHandover(
          [realQuestionnaire],
          encodeHandover(realQuestionnaire, answers),
        );
        if (!decoded.ok) throw new Error(`not decoded: ${decoded.problem}`);
        expect(assess(realQuestionnaire, decoded.answers)).toStrictEqual(
          assess(realQuestionnaire, answers),
        );
        expect(summaryOf(decoded.answers)).toStrictEqual(summaryOf(answers));
      }),
      runs,
    );
  });

  it('gives a complete answer set, and the same code again', () => {
    fc.assert(
      fc.property(finishedJourneyArb(realQuestionnaire), (answers) => {
        const code = encodeHandover(realQuestionnaire, answers);
        const decoded = decodeHandover([realQuestionnaire], code);
        if (!decoded.ok) throw new Error(`not decoded: ${decoded.problem}`);
        expect(isCompleteAnswerSet(realQuestionnaire, decoded.answers)).toBe(true);
        expect(encodeHandover(realQuestionnaire, decoded.answers)).toBe(code);
      }),
      runs,
    );
  });

  it('works for any questionnaire, and picks the right one of several', () => {
    const both = [minimal, realQuestionnaire];
    fc.assert(
      fc.property(
        fc.oneof(
          finishedJourneyArb(minimal).map((answers) => ({ questionnaire: minimal, answers })),
          finishedJourneyArb(realQuestionnaire).map((answers) => ({
            questionnaire: realQuestionnaire,
            answers,
          })),
        ),
        ({ questionnaire, answers }) => {
          const decoded = decodeHandover(both, encodeHandover(questionnaire, answers));
          expect(decoded).toEqual({
            ok: true,
            questionnaire,
            answers: inOptionOrder(questionnaire, answers),
          });
        },
      ),
      runs,
    );
  });
});
