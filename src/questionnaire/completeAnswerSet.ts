import type { Answers } from './answers';
import type { Questionnaire } from './questionnaire';
import type { Step } from './steps';
import { stepOptions, visibleSteps } from './visibility';
import { answerFits } from './answerFits';

/** Whether this page's answer is one the page could have committed, given the other answers. */
function fitsStep(questionnaire: Questionnaire, answers: Answers, step: Step): boolean {
  return answerFits(step, stepOptions(step, answers, questionnaire.substancesId), answers[step.id]);
}

/** Every answer is to a page shown for these answers: none to a page that is not, or not there. */
function onlyShownPagesAnswered(questionnaire: Questionnaire, answers: Answers): boolean {
  const shown = new Set(visibleSteps(questionnaire.steps, answers).map((s) => s.id));
  return Object.keys(answers).every((id) => shown.has(id));
}

/** The first page shown for these answers that lacks an answer it could have committed. */
export function firstUnfitStepId(
  questionnaire: Questionnaire,
  answers: Answers,
): string | undefined {
  return visibleSteps(questionnaire.steps, answers).find(
    (step) => !fitsStep(questionnaire, answers, step),
  )?.id;
}

/**
 * A finished journey's answers: every page shown has an answer it could have committed, and no
 * page that is not shown has one.
 */
export function isCompleteAnswerSet(questionnaire: Questionnaire, answers: Answers): boolean {
  return (
    onlyShownPagesAnswered(questionnaire, answers) &&
    firstUnfitStepId(questionnaire, answers) === undefined
  );
}

/**
 * A journey's answers at any point on the way: as strict as a finished one, except that pages
 * shown may still be unanswered. What the opt-in snapshot must be before it is used.
 */
export function isPossibleAnswerSet(questionnaire: Questionnaire, answers: Answers): boolean {
  return (
    onlyShownPagesAnswered(questionnaire, answers) &&
    visibleSteps(questionnaire.steps, answers).every(
      (step) => answers[step.id] === undefined || fitsStep(questionnaire, answers, step),
    )
  );
}
