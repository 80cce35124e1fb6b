import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crockfordAlphabet } from '../../src/handover/crockfordBase32';
import { decodeHandover } from '../../src/handover/decodeHandover';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { isCompleteAnswerSet } from '../../src/questionnaire/completeAnswerSet';
import type { Answers } from '../../src/questionnaire/answers';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { finishedJourneyArb, inOptionOrder } from './finishedJourneyArb';

const questionnaires = [realQuestionnaire];
const runs = 10_000;
const timeout = 120_000;

interface Sample {
  answers: Answers;
  /** Without hyphens: "RT1" and the body. */
  text: string;
}

const samples: Sample[] = fc
  .sample(finishedJourneyArb(realQuestionnaire), { numRuns: 300, seed: 2024 })
  .map((answers) => ({
    answers: inOptionOrder(realQuestionnaire, answers),
    text: encodeHandover(realQuestionnaire, answers).replaceAll('-', ''),
  }));

const bodyStart = 3;
// The body's stated length is its first six bits: a character added or lost before the end of them
// changes it, and then only "not read" is sure, not which problem is named.
const lengthEnd = bodyStart + 1;
const characterArb = fc.constantFrom(...crockfordAlphabet);

/** A different character of the alphabet than this one. */
function otherThan(c: string, pick: number): string {
  const others = [...crockfordAlphabet].filter((o) => o !== c);
  return others[pick % others.length] ?? '0';
}

function replaceAt(text: string, at: number, c: string): string {
  return text.slice(0, at) + c + text.slice(at + 1);
}

interface Mutant {
  kind: string;
  text: string;
  /** What the decoder must say; undefined where only "never a different answer set" is promised. */
  expected?: string;
}

const mutantArb = (sample: Sample): fc.Arbitrary<Mutant> => {
  const { text } = sample;
  const bodyAt = fc.integer({ min: bodyStart, max: text.length - 1 });
  return fc.oneof(
    fc.tuple(bodyAt, fc.nat()).map(([at, pick]) => ({
      kind: 'one character changed',
      text: replaceAt(text, at, otherThan(text[at] ?? '', pick)),
      expected: 'checksum',
    })),
    fc
      .tuple(bodyAt, bodyAt, fc.nat(), fc.nat())
      .filter(([a, b]) => a !== b)
      .map(([a, b, p, q]) => ({
        kind: 'two characters changed',
        text: replaceAt(
          replaceAt(text, a, otherThan(text[a] ?? '', p)),
          b,
          otherThan(text[b] ?? '', q),
        ),
      })),
    fc
      .tuple(fc.integer({ min: bodyStart, max: text.length - 2 }))
      .filter(([at]) => text[at] !== text[at + 1])
      .map(([at]) => ({
        kind: 'neighbours swapped',
        text: text.slice(0, at) + (text[at + 1] ?? '') + (text[at] ?? '') + text.slice(at + 2),
        expected: 'checksum',
      })),
    bodyAt.map((at) => ({
      kind: 'character dropped',
      text: text.slice(0, at) + text.slice(at + 1),
      ...(at > lengthEnd && { expected: 'truncated' }),
    })),
    fc.tuple(fc.integer({ min: bodyStart, max: text.length }), characterArb).map(([at, c]) => ({
      kind: 'character inserted',
      text: text.slice(0, at) + c + text.slice(at),
      ...(at > lengthEnd && { expected: 'too-long' }),
    })),
    bodyAt.map((at) => ({
      kind: 'character doubled',
      text: text.slice(0, at + 1) + text.slice(at),
      ...(at >= lengthEnd && { expected: 'too-long' }),
    })),
    fc.integer({ min: bodyStart, max: text.length - 1 }).map((keep) => ({
      kind: 'truncated',
      text: text.slice(0, keep),
      expected: 'truncated',
    })),
    fc.string({ unit: fc.constantFrom(...'RT0123456789ABXZ'), maxLength: 4 }).map((prefix) => ({
      kind: 'prefix changed',
      text: prefix + text.slice(bodyStart),
    })),
    fc.array(fc.tuple(bodyAt, characterArb), { minLength: 3, maxLength: 8 }).map((changes) => ({
      kind: 'scrambled',
      text: changes.reduce((t, [at, c]) => replaceAt(t, at, c), text),
    })),
    fc
      .tuple(fc.integer({ min: bodyStart, max: text.length - 1 }), fc.integer({ min: 1, max: 6 }))
      .map(([at, span]) => ({
        kind: 'block moved to the end',
        text: text.slice(0, at) + text.slice(at + span) + text.slice(at, at + span),
      })),
  );
};

const sampleArb = fc.nat({ max: samples.length - 1 }).map((i) => samples[i] as Sample);

describe('decodeHandover: fuzz', () => {
  it(
    'never throws on any text, and never finds answers in it',
    () => {
      const textArb = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        fc.string({ unit: fc.constantFrom(...`${crockfordAlphabet}OILU -`), maxLength: 80 }),
        fc
          .string({ unit: fc.constantFrom(...crockfordAlphabet), minLength: 0, maxLength: 80 })
          .map((body) => `RT1-${body}`),
      );
      fc.assert(
        fc.property(textArb, (text) => {
          const decoded = decodeHandover(questionnaires, text);
          if (decoded.ok) {
            expect(isCompleteAnswerSet(decoded.questionnaire, decoded.answers)).toBe(true);
          }
          // Random text passing a 24-bit checksum and a full journey's worth of rules: ≈ never.
          expect(decoded.ok).toBe(false);
        }),
        { numRuns: runs },
      );
    },
    timeout,
  );

  it(
    'never reads a damaged code as another answer set, and names the damage',
    () => {
      const kinds = new Map<string, number>();
      fc.assert(
        fc.property(
          sampleArb.chain((sample) => mutantArb(sample).map((mutant) => ({ sample, mutant }))),
          ({ sample, mutant }) => {
            kinds.set(mutant.kind, (kinds.get(mutant.kind) ?? 0) + 1);
            const decoded = decodeHandover(questionnaires, mutant.text);
            if (decoded.ok) expect(decoded.answers).toEqual(sample.answers);
            // Text that changed is a different code: it is never read, whatever the change.
            if (mutant.text !== sample.text) expect(decoded.ok).toBe(false);
            if (mutant.expected && !decoded.ok) expect(decoded.problem).toBe(mutant.expected);
          },
        ),
        { numRuns: runs },
      );
      // Every kind of damage was tried often enough to mean something.
      expect(kinds.size).toBe(10);
      for (const count of kinds.values()) expect(count).toBeGreaterThan(runs / 20);
    },
    timeout,
  );

  it('reads the code however it is typed: case, spaces, hyphens, look-alikes', () => {
    fc.assert(
      fc.property(
        sampleArb,
        fc.array(fc.constantFrom('', ' ', '-', '  '), { minLength: 80, maxLength: 80 }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (sample, gaps, lower) => {
          const typed = [...sample.text]
            .map((c, i) => {
              const looks = c === '0' ? 'O' : c === '1' ? (lower[i] ? 'l' : 'I') : c;
              return (lower[i] ? looks.toLowerCase() : looks) + (gaps[i] ?? '');
            })
            .join('');
          expect(decodeHandover(questionnaires, typed)).toEqual({
            ok: true,
            questionnaire: realQuestionnaire,
            answers: sample.answers,
          });
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
