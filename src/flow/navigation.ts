import type { Answer, Answers } from '../questionnaire/answers';
import type { OptionDefinition } from '../questionnaire/definitionSchema';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { dropSignsAboutOtherSubstances } from '../questionnaire/dropSignsAboutOtherSubstances';
import type { Step } from '../questionnaire/steps';
import {
  conditionHolds,
  stepOptions,
  visibleAnswers,
  visibleSteps,
} from '../questionnaire/visibility';

/**
 * Records an answer and drops every answer whose question it hides, and every sign whose page now
 * names other substances than it did when answered (that page is asked again).
 */
export function commitAnswer(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
  answer: Answer,
): Answers {
  const { steps, substancesId } = questionnaire;
  const changed = { ...answers, [stepId]: answer };
  return visibleAnswers(
    steps,
    dropSignsAboutOtherSubstances(steps, substancesId, answers, changed),
  );
}

function visibleIds(questionnaire: Questionnaire, answers: Answers): string[] {
  return visibleSteps(questionnaire.steps, answers).map((s) => s.id);
}

export function firstStepId(questionnaire: Questionnaire, answers: Answers): string | undefined {
  return visibleIds(questionnaire, answers)[0];
}

export function lastStepId(questionnaire: Questionnaire, answers: Answers): string | undefined {
  return visibleIds(questionnaire, answers).at(-1);
}

/** The page shown `offset` places from this one, if there is one. */
function neighbourStepId(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
  offset: 1 | -1,
): string | undefined {
  const ids = visibleIds(questionnaire, answers);
  const at = ids.indexOf(stepId);
  return at === -1 ? undefined : ids[at + offset];
}

/** The next page shown after this one, or undefined when the questions are done. */
export function nextStepId(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
): string | undefined {
  return neighbourStepId(questionnaire, answers, stepId, 1);
}

export function previousStepId(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
): string | undefined {
  return neighbourStepId(questionnaire, answers, stepId, -1);
}

/** After a change from the review: the first question it made relevant that has no answer yet. */
export function nextUnansweredStepId(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
): string | undefined {
  const ids = visibleIds(questionnaire, answers);
  return ids.slice(ids.indexOf(stepId) + 1).find((id) => answers[id] === undefined);
}

export function firstUnansweredStepId(
  questionnaire: Questionnaire,
  answers: Answers,
): string | undefined {
  return visibleIds(questionnaire, answers).find((id) => answers[id] === undefined);
}

/** A page may be shown when it is visible and every page before it has its answer. */
export function canVisitStep(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
): boolean {
  const ids = visibleIds(questionnaire, answers);
  const at = ids.indexOf(stepId);
  return at !== -1 && ids.slice(0, at).every((id) => answers[id] !== undefined);
}

export function allAnswered(questionnaire: Questionnaire, answers: Answers): boolean {
  return visibleIds(questionnaire, answers).every((id) => answers[id] !== undefined);
}

/** The option a page's estimate assumes: one that meets no sign and raises no flag, where there is one. */
function quietOption(step: Step, options: readonly OptionDefinition[]): string | undefined {
  const loud = new Set(
    step.measures.flatMap((m) =>
      m.type === 'criterion' || m.type === 'warning-sign'
        ? m.metBy
        : m.type === 'flag'
          ? m.raisedBy
          : [],
    ),
  );
  return (options.find((o) => !loud.has(o.code)) ?? options[0])?.code;
}

/**
 * Answers as they might end up: each unanswered page assumed to get a quiet answer, so the count
 * of pages ahead is an estimate rather than the few pages known before substances are chosen.
 */
function assumedAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const assumed: Record<string, Answer> = {};
  for (const step of questionnaire.steps) {
    if (step.condition && !conditionHolds(step.condition, assumed)) continue;
    const options = stepOptions(step, assumed, questionnaire.substancesId);
    const quiet = quietOption(step, options);
    const guess =
      step.kind === 'number' ? (step.min ?? 0) : step.kind === 'multiple' ? [quiet ?? ''] : quiet;
    const answer = answers[step.id] ?? guess;
    if (answer !== undefined) assumed[step.id] = answer;
  }
  return assumed;
}

/** "Question 4 of about 14": the page's place, and an estimate of how many pages there will be. */
export function progress(
  questionnaire: Questionnaire,
  answers: Answers,
  stepId: string,
): { current: number; total: number } {
  const ids = visibleIds(questionnaire, assumedAnswers(questionnaire, answers));
  return { current: ids.indexOf(stepId) + 1, total: ids.length };
}
