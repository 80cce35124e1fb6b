import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { stepOptions, visibleSteps } from '../questionnaire/visibility';
import { answerFits } from './answerFits';

/** The first page shown for these answers that lacks an answer it could have committed. */
export function firstUnfitStepId(
  questionnaire: Questionnaire,
  answers: Answers,
): string | undefined {
  return visibleSteps(questionnaire.steps, answers).find(
    (step) =>
      !answerFits(step, stepOptions(step, answers, questionnaire.substancesId), answers[step.id]),
  )?.id;
}

/**
 * A finished journey's answers: every page shown has an answer it could have committed, and no
 * page that is not shown has one.
 */
export function isCompleteAnswerSet(questionnaire: Questionnaire, answers: Answers): boolean {
  const shown = new Set(visibleSteps(questionnaire.steps, answers).map((s) => s.id));
  return (
    Object.keys(answers).every((id) => shown.has(id)) &&
    firstUnfitStepId(questionnaire, answers) === undefined
  );
}
