import { answerCodes, type Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';

/** The substance codes chosen, in the definition's order; "none of these" is no substance. */
export function chosenSubstances(questionnaire: Questionnaire, answers: Answers): string[] {
  const codes = answerCodes(answers[questionnaire.substancesId]);
  return questionnaire.definition.substances
    .map((substance) => substance.code)
    .filter((code) => codes.includes(code));
}
