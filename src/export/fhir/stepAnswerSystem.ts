import type { Questionnaire } from '../../questionnaire/questionnaire';
import type { Step } from '../../questionnaire/steps';
import { answerSystem } from './canonical';

/** The code system of a page's answers: a "which of them?" page answers in substance codes. */
export function stepAnswerSystem(questionnaire: Questionnaire, step: Step): string {
  const itemId = step.optionsFromSubstances ? questionnaire.substancesId : step.itemId;
  return answerSystem(questionnaire.definition.id, itemId);
}
