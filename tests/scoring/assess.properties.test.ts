import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCodes, type Answer, type Answers } from '../../src/questionnaire/answers';
import type { ResultLevel } from '../../src/scoring/assessment';
import type { Step } from '../../src/questionnaire/steps';
import { visibleAnswers, visibleSteps } from '../../src/questionnaire/visibility';
import { assess } from '../../src/scoring/assess';
import { questionnaire } from './rusmiddeltjek';

const { steps, substancesId, definition } = questionnaire;
const substanceCodes = definition.substances.map((s) => s.code);
const runs = { numRuns: 300 };

// The order is restated here from docs/sources.md#design-levels rather than taken from the code under test.
const rank: Record<ResultLevel, number> = { none: 0, risky: 1, mild: 2, moderate: 3, severe: 4 };

/** A valid answer for one step, given the substances chosen. */
function answerFor(step: Step, chosen: readonly string[]): fc.Arbitrary<Answer> {
  if (step.kind === 'number') return fc.integer({ min: step.min ?? 0, max: step.max ?? 100 });
  const all = step.options.map((o) => o.code);
  const offered = step.optionsFromSubstances ? all.filter((c) => chosen.includes(c)) : all;
  const codes = offered.length > 0 ? offered : all;
  if (step.kind === 'multiple') {
    return fc.subarray(codes, { minLength: 1 }).map((picked): Answer => picked);
  }
  // Mostly "no", so that every level, not only "severe", turns up often.
  const quiet = codes.find((c) => c === 'no' || c === 'never');
  return quiet === undefined
    ? fc.constantFrom(...codes)
    : fc.oneof(
        { weight: 1, arbitrary: fc.constant(quiet) },
        { weight: 1, arbitrary: fc.constantFrom(...codes) },
      );
}

const chosenArb = fc.oneof(
  fc.constant<string[]>([]),
  fc.subarray(substanceCodes, { minLength: 1, maxLength: 3 }),
  fc.subarray(substanceCodes),
);

/** Answers to (nearly) every step, hidden ones included, as a real journey with edits might leave. */
function answersArb(chosenSource: fc.Arbitrary<string[]>): fc.Arbitrary<Answers> {
  return chosenSource.chain((chosen) =>
    fc
      .tuple(
        ...steps.map((step) => fc.option(answerFor(step, chosen), { nil: undefined, freq: 10 })),
      )
      .map((values) => {
        const answers: Record<string, Answer> = {};
        steps.forEach((step, i) => {
          const value = values[i];
          if (value !== undefined) answers[step.id] = value;
        });
        answers[substancesId] = chosen.length > 0 ? chosen : ['none'];
        return answers;
      }),
  );
}

const isMetBy = (step: Step, codes: readonly string[]) =>
  step.measures.some((m) => m.type === 'criterion' && m.metBy.some((c) => codes.includes(c)));

describe('assess: properties over random answers to the real questionnaire', () => {
  it('one more met criterion never lowers the level', () => {
    fc.assert(
      fc.property(
        answersArb(chosenArb),
        fc.nat(),
        fc.array(fc.boolean(), { minLength: substanceCodes.length }),
        (answers, pick, whichPicks) => {
          const candidates = visibleSteps(steps, answers).filter(
            (s) =>
              s.measures.some((m) => m.type === 'criterion') &&
              typeof answers[s.id] === 'string' &&
              !isMetBy(s, answerCodes(answers[s.id])),
          );
          fc.pre(candidates.length > 0);
          const step = candidates[pick % candidates.length];
          if (!step) return;
          const metBy = step.measures.flatMap((m) => (m.type === 'criterion' ? m.metBy : []));
          const flipped: Record<string, Answer> = { ...answers, [step.id]: metBy[0] ?? '' };
          const which = steps.find((s) => s.followUpOf === step.id);
          if (which) {
            const candidatesForWhich = answerCodes(answers[substancesId]).filter((c) =>
              which.substanceScope?.includes(c),
            );
            const named = candidatesForWhich.filter((_, i) => whichPicks[i]);
            flipped[which.id] = named.length > 0 ? named : candidatesForWhich.slice(0, 1);
          }

          const before = assess(questionnaire, answers);
          const after = assess(questionnaire, flipped);
          expect(rank[after.level]).toBeGreaterThanOrEqual(rank[before.level]);
          const countsBefore = before.substances.map((s) => s.criteriaCount);
          after.substances.forEach((s, i) => {
            expect(s.criteriaCount).toBeGreaterThanOrEqual(countsBefore[i] ?? 0);
          });
          // The flipped page is now evidence of a criterion for some substance.
          const evidence = after.substances.flatMap((s) => s.criteria.flatMap((c) => c.evidence));
          expect(evidence).toContain(step.id);
        },
      ),
      runs,
    );
  });

  it('depends on visible answers only', () => {
    fc.assert(
      fc.property(
        answersArb(chosenArb),
        answersArb(fc.constant(substanceCodes)),
        (answers, noise) => {
          const result = assess(questionnaire, answers);
          expect(assess(questionnaire, visibleAnswers(steps, answers))).toStrictEqual(result);

          const shown = new Set(visibleSteps(steps, answers).map((s) => s.id));
          const hiddenNoise = Object.fromEntries(
            Object.entries(noise).filter(([id]) => !shown.has(id)),
          );
          expect(assess(questionnaire, { ...answers, ...hiddenNoise })).toStrictEqual(result);
        },
      ),
      runs,
    );
  });

  it('is deterministic, whatever the order the answers were given in', () => {
    fc.assert(
      fc.property(answersArb(chosenArb), (answers) => {
        const first = assess(questionnaire, answers);
        expect(assess(questionnaire, answers)).toStrictEqual(first);
        const reordered = Object.fromEntries(Object.entries(answers).reverse());
        expect(assess(questionnaire, reordered)).toStrictEqual(first);
      }),
      runs,
    );
  });

  it('is level none exactly when no criterion or warning sign counts, alcohol is within and no flag is raised', () => {
    const riskyToStop = new Set(
      definition.substances.filter((s) => s.withdrawalRisk).map((s) => s.code),
    );
    fc.assert(
      fc.property(answersArb(chosenArb), (answers) => {
        const result = assess(questionnaire, answers);
        const visible = visibleAnswers(steps, answers);
        // The safety pages read straight from the visible answers, not from the result.
        const safetyAnswer =
          visible['injecting'] === 'yes' ||
          visible['sharing-equipment'] === 'yes' ||
          visible['mixing'] === 'yes' ||
          visible['overdose'] === 'earlier' ||
          visible['overdose'] === 'past-4-weeks' ||
          visible['severe-withdrawal'] === 'yes' ||
          visible['self-harm'] === 'yes';
        // A withdrawal sign, counted or not, for a substance risky to stop abruptly.
        const withdrawalAtRisk = result.substances.some(
          (s) =>
            riskyToStop.has(s.substance) && s.criteria.some((c) => c.criterion === 'withdrawal'),
        );
        // Heavy drinking on most days: more than 4 a typical day, on 5 or more days a week.
        const days = visible['alcohol-days'];
        const typicalDay = visible['alcohol-typical-day'];
        const dailyHeavy =
          result.alcohol !== undefined &&
          typeof days === 'number' &&
          typeof typicalDay === 'number' &&
          days >= 5 &&
          typicalDay > 4;
        const anyFlag = safetyAnswer || withdrawalAtRisk || dailyHeavy;
        expect(result.flags.length > 0).toBe(anyFlag);
        const quiet =
          result.substances.every((s) => s.criteria.every((c) => !c.counted)) &&
          result.substances.every((s) => s.warningSigns.length === 0) &&
          result.alcohol?.aboveRecommendation !== true &&
          !anyFlag;
        expect(result.level === 'none').toBe(quiet);
      }),
      runs,
    );
  });

  it('names a cause for every flag raised', () => {
    fc.assert(
      fc.property(answersArb(chosenArb), (answers) => {
        for (const flag of assess(questionnaire, answers).flags) {
          expect(flag.concerns.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('explains itself: all evidence is a visible, answered step', () => {
    fc.assert(
      fc.property(answersArb(chosenArb), (answers) => {
        const result = assess(questionnaire, answers);
        const visible = visibleAnswers(steps, answers);
        const evidence = [
          ...result.substances.flatMap((s) => s.criteria.flatMap((c) => c.evidence)),
          ...result.flags.flatMap((f) => f.evidence),
          ...(result.alcohol?.evidence ?? []),
        ];
        for (const id of evidence) expect(visible[id]).toBeDefined();
      }),
      runs,
    );
  });
});
