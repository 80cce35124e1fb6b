import fc from 'fast-check';
import { commitAnswer, firstStepId, nextStepId } from '../../src/flow/navigation';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import type { Questionnaire } from '../../src/questionnaire/questionnaire';
import type { Step } from '../../src/questionnaire/steps';
import { stepOptions } from '../../src/questionnaire/visibility';

function randomAnswer(
  g: fc.GeneratorValue,
  step: Step,
  codes: readonly string[],
  exclusive: readonly string[],
): Answer {
  if (step.kind === 'number') return g(fc.integer, { min: step.min ?? 0, max: step.max ?? 100 });
  if (step.kind === 'single') return g(fc.constantFrom, ...codes);
  const others = codes.filter((c) => !exclusive.includes(c));
  if (exclusive.length > 0 && (others.length === 0 || g(fc.nat, { max: 4 }) === 0)) {
    return [g(fc.constantFrom, ...exclusive)];
  }
  return g(() => fc.subarray(others, { minLength: 1 }));
}

/**
 * One journey through a questionnaire as a person makes it: each page shown in turn, answered
 * with one of the options it offers then (or a whole number in range), until the questions end.
 */
export function randomJourney(g: fc.GeneratorValue, questionnaire: Questionnaire): Answers {
  let answers: Answers = {};
  let stepId = firstStepId(questionnaire, answers);
  while (stepId !== undefined) {
    const id: string = stepId;
    const step = questionnaire.steps.find((s) => s.id === id);
    if (!step) throw new Error(`no step ${id}`);
    const options = stepOptions(step, answers, questionnaire.substancesId);
    const codes = options.map((o) => o.code);
    const exclusive = options.filter((o) => o.exclusive).map((o) => o.code);
    answers = commitAnswer(questionnaire, answers, id, randomAnswer(g, step, codes, exclusive));
    stepId = nextStepId(questionnaire, answers, id);
  }
  return answers;
}
