import { commitAnswer, nextStepId } from '../../src/flow/navigation';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import { stepOptions } from '../../src/questionnaire/visibility';
import { realQuestionnaire as questionnaire } from './realQuestionnaire';

/**
 * A whole journey's answers: the given ones where named, and elsewhere "no", the first option, every
 * offered substance on a "which of them?" page, or 2 drinks.
 */
export function completeAnswers(given: Record<string, Answer>): Answers {
  let answers: Answers = {};
  let stepId: string | undefined = questionnaire.steps[0]?.id;
  while (stepId) {
    const step = questionnaire.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`no step ${stepId}`);
    const codes = stepOptions(step, answers, questionnaire.substancesId).map((o) => o.code);
    const fallback: Answer =
      step.kind === 'number'
        ? 2
        : step.kind === 'multiple'
          ? codes
          : codes.includes('no')
            ? 'no'
            : (codes[0] ?? '');
    answers = commitAnswer(questionnaire, answers, stepId, given[stepId] ?? fallback);
    stepId = nextStepId(questionnaire, answers, stepId);
  }
  return answers;
}
