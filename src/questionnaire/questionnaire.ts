import type { QuestionnaireDefinition } from './definitionSchema';
import { expandSteps, substancesItemId, type Step } from './steps';

/** A validated questionnaire, laid out as pages, ready for the flow, scoring and screens. */
export interface Questionnaire {
  definition: QuestionnaireDefinition;
  steps: readonly Step[];
  substancesId: string;
}

export function createQuestionnaire(definition: QuestionnaireDefinition): Questionnaire {
  return { definition, steps: expandSteps(definition), substancesId: substancesItemId(definition) };
}
