import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import minimalDefinition from '../fixtures/questionnaires/minimal-valid/definition.json';
import { decodeHandover } from '../../src/handover/decodeHandover';
import { bitsFor } from '../../src/handover/answerBits';
import { encodeHandover } from '../../src/handover/encodeHandover';
import type { Answers } from '../../src/questionnaire/answers';
import { definitionSchema } from '../../src/questionnaire/definitionSchema';
import { createQuestionnaire, type Questionnaire } from '../../src/questionnaire/questionnaire';
import type { Step } from '../../src/questionnaire/steps';
import { visibleSteps } from '../../src/questionnaire/visibility';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { finishedJourneyArb } from './finishedJourneyArb';
import { answerBitsOf, forgeCode, uncheckedAnswerBits } from './forgeCode';

const questionnaires = [realQuestionnaire];
const substanceCodes = realQuestionnaire.definition.substances.map((s) => s.code);
const answers = completeAnswers({ substances: substanceCodes.slice(0, 3) });
const code = encodeHandover(realQuestionnaire, answers);
const body = code.replaceAll('-', '');

function problemOf(text: string, known: readonly Questionnaire[] = questionnaires) {
  const decoded = decodeHandover(known, text);
  return decoded.ok ? 'ok' : decoded.problem;
}

function withVersion(version: string): Questionnaire {
  return createQuestionnaire({ ...realQuestionnaire.definition, version });
}

describe('decodeHandover: cases', () => {
  it('reads the code as shown', () => {
    expect(decodeHandover(questionnaires, code)).toEqual({
      ok: true,
      questionnaire: realQuestionnaire,
      answers,
    });
  });

  it('reads it in lower case, without hyphens, with spaces anywhere', () => {
    for (const typed of [
      code.toLowerCase(),
      body,
      ` ${body.match(/.{1,3}/g)?.join('  ')} `,
      code.replaceAll('-', '\u2013'),
    ]) {
      expect(problemOf(typed)).toBe('ok');
    }
  });

  it('reads O as 0 and I or L as 1', () => {
    const looksAlike = code
      .replace('RT1', 'rTl')
      .replaceAll('0', 'O')
      .replace(/1/g, (_, at: number) => (at % 2 === 0 ? 'I' : 'l'));
    expect(looksAlike).not.toBe(code);
    expect(decodeHandover(questionnaires, looksAlike)).toEqual(
      decodeHandover(questionnaires, code),
    );
  });

  it('says nothing was typed for empty or blank text', () => {
    for (const typed of ['', '   ', '\n\t', '- -', '--']) expect(problemOf(typed)).toBe('empty');
  });

  it('tells a code that is not a hand-over code', () => {
    for (const typed of ['hello', '12345', 'XT1-ABCD', 'R', 'TR1-ABCD', 'RTX-ABCD', '#RT1']) {
      expect(problemOf(typed)).toBe('foreign');
    }
    expect(problemOf(code.replace('RT1', 'AB1'))).toBe('foreign');
  });

  it('tells a code of another format', () => {
    expect(problemOf(code.replace('RT1', 'RT2'))).toBe('unknown-format');
    expect(problemOf(code.replace('RT1', 'RT9'))).toBe('unknown-format');
  });

  it('tells characters no code has', () => {
    expect(problemOf(`${code.slice(0, -1)}U`)).toBe('malformed');
    expect(problemOf(`${code.slice(0, 6)}!${code.slice(7)}`)).toBe('malformed');
    expect(problemOf(`${code}ø`)).toBe('malformed');
  });

  it('tells a code made with another version of the questionnaire', () => {
    const newer = withVersion('9.0.0');
    const newerCode = encodeHandover(newer, answers);
    expect(problemOf(newerCode)).toBe('unknown-version');
    expect(problemOf(newerCode, [realQuestionnaire, newer])).toBe('ok');
  });

  it('never reads a code of another version, even when the short version hashes collide', () => {
    // The ten-bit version hash lets about one version in 1024 share it: then "typo", never answers.
    const versions = Array.from({ length: 400 }, (_, i) => `${Math.floor(i / 20)}.${i % 20}.7`);
    const problems = versions.map((v) => problemOf(encodeHandover(withVersion(v), answers)));
    expect(problems).not.toContain('ok');
    expect(new Set(problems)).toEqual(
      new Set(
        problems.includes('checksum') ? ['unknown-version', 'checksum'] : ['unknown-version'],
      ),
    );
    expect(problems.filter((p) => p === 'checksum').length).toBeLessThan(10);
  });

  it('refuses a code whose pages changed without a new version number', () => {
    const { definition } = realQuestionnaire;
    const widened = definition.items
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => item.options !== undefined)
      .slice(0, 6)
      .map(({ item, i }) => {
        const items = [...definition.items];
        items[i] = { ...item, options: [...(item.options ?? []), { code: 'added-later' }] };
        return createQuestionnaire({ ...definition, items });
      });
    const problems = widened.map((q) => problemOf(encodeHandover(q, answers)));
    expect(problems).not.toContain('ok');
    expect(problems.filter((p) => p === 'unknown-version').length).toBeGreaterThanOrEqual(5);
  });

  it('tells a code made with a questionnaire this app does not have', () => {
    const minimal = createQuestionnaire(definitionSchema.parse(minimalDefinition));
    const minimalCode = encodeHandover(minimal, { substances: ['none'] });
    expect(['unknown-questionnaire', 'unknown-version']).toContain(problemOf(minimalCode));
    const tagged = Array.from({ length: 40 }, (_, i) =>
      problemOf(
        encodeHandover(createQuestionnaire({ ...minimal.definition, id: `other-${i}` }), {
          substances: ['none'],
        }),
      ),
    );
    expect(tagged).not.toContain('ok');
    expect(tagged.filter((p) => p === 'unknown-questionnaire').length).toBeGreaterThan(30);
  });

  it('tells a truncated code, however much is missing', () => {
    for (let keep = 0; keep < body.length; keep++) {
      const expected = keep === 0 ? 'empty' : keep === 1 ? 'foreign' : 'truncated';
      expect([keep, problemOf(body.slice(0, keep))]).toEqual([keep, expected]);
    }
  });

  it('tells a dropped character from an extra one', () => {
    // From the body's third character on: before it, a change of length changes the stated length.
    for (let at = 5; at < body.length; at++) {
      const dropped = body.slice(0, at) + body.slice(at + 1);
      const doubled = body.slice(0, at + 1) + body.slice(at);
      expect([at, problemOf(dropped), problemOf(doubled)]).toEqual([at, 'truncated', 'too-long']);
    }
    expect(problemOf(`${code}-X`)).toBe('too-long');
  });

  it('says "typo" for a wrong character, wherever it is, the header included', () => {
    for (let at = 3; at < body.length; at++) {
      const wrong = body[at] === 'Z' ? 'Y' : 'Z';
      expect([at, problemOf(body.slice(0, at) + wrong + body.slice(at + 1))]).toEqual([
        at,
        'checksum',
      ]);
    }
  });

  it('refuses an intact code whose answers are no finished journey', () => {
    const bits = answerBitsOf(code);
    expect(problemOf(forgeCode(realQuestionnaire, bits))).toBe('ok');
    // A character more than the answers need; answers that stop before the journey does.
    expect(problemOf(forgeCode(realQuestionnaire, [...bits, 0, 0, 0, 0, 0]))).toBe(
      'invalid-answers',
    );
    expect(problemOf(forgeCode(realQuestionnaire, bits.slice(0, 8)))).toBe('invalid-answers');
  });

  it('refuses answers no page offers, checksum or not', () => {
    const journeys = fc.sample(finishedJourneyArb(realQuestionnaire), { numRuns: 300, seed: 7 });
    const { steps, substancesId } = realQuestionnaire;
    const shown = (answers: Answers) => visibleSteps(steps, answers);
    const forged = (answers: Answers) =>
      problemOf(forgeCode(realQuestionnaire, uncheckedAnswerBits(realQuestionnaire, answers)));

    const everyOption = steps.find((s) => s.id === substancesId)?.options.map((o) => o.code);
    const first = journeys[0] ?? {};
    expect(forged({ ...first, [substancesId]: everyOption ?? [] })).toBe('invalid-answers');

    // A range that fills its bits (0–7 in three) leaves no code above it to forge.
    const roomAbove = (s: Step) =>
      s.kind === 'number' &&
      s.min !== undefined &&
      s.max !== undefined &&
      2 ** bitsFor(s.max - s.min + 1) > s.max - s.min + 1;
    const withNumber = journeys.find((a) => shown(a).some(roomAbove));
    const number = withNumber && shown(withNumber).find(roomAbove);
    expect(number?.max).toBeDefined();
    if (withNumber && number?.max !== undefined) {
      expect(forged({ ...withNumber, [number.id]: number.max + 1 })).toBe('invalid-answers');
    }

    const withFollowUp = journeys.find((a) => shown(a).some((s) => s.optionsFromSubstances));
    const followUp = withFollowUp && shown(withFollowUp).find((s) => s.optionsFromSubstances);
    expect(followUp).toBeDefined();
    if (withFollowUp && followUp) {
      expect(forged({ ...withFollowUp, [followUp.id]: [] })).toBe('invalid-answers');
      expect(forged(withFollowUp)).toBe('ok');
    }
  });

  it('answers at once for text far longer than any code', () => {
    expect(problemOf(`RT1-${'7'.repeat(5_000)}`)).toBe('too-long');
    expect(problemOf(`${code}${'u'.repeat(1_000_000)}`)).toBe('malformed');
  });

  it('does not throw for input that is no string at all', () => {
    for (const input of [undefined, null, 42, {}, ['RT1']]) {
      expect(decodeHandover(questionnaires, input as unknown as string)).toEqual({
        ok: false,
        problem: 'empty',
      });
    }
  });
});
