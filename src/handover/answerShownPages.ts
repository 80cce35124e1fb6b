import type { Answer, Answers } from '../questionnaire/answers';
import type { OptionDefinition } from '../questionnaire/definitionSchema';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Step } from '../questionnaire/steps';
import { conditionHolds, stepOptions } from '../questionnaire/visibility';

/**
 * Goes through the pages a journey shows, in order, taking each page's answer from `answerFor`:
 * whether a page is shown, and what it offers, follows from the answers before it alone, which is
 * what lets the code leave hidden pages out. The answers, or undefined at a page left unanswered.
 */
export function answerShownPages(
  questionnaire: Questionnaire,
  answerFor: (step: Step, options: readonly OptionDefinition[]) => Answer | undefined,
): Answers | undefined {
  const answers: Record<string, Answer> = {};
  for (const step of questionnaire.steps) {
    if (step.condition && !conditionHolds(step.condition, answers)) continue;
    const answer = answerFor(step, stepOptions(step, answers, questionnaire.substancesId));
    if (answer === undefined) return undefined;
    answers[step.id] = answer;
  }
  return answers;
}
