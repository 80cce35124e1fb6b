import definitionJson from '../../questionnaires/rusmiddeltjek/definition.json';
import { definitionSchema } from '../../src/questionnaire/definitionSchema';
import { createQuestionnaire } from '../../src/questionnaire/questionnaire';
import type { Step } from '../../src/questionnaire/steps';

/** The real questionnaire, as the app loads it. */
export const questionnaire = createQuestionnaire(definitionSchema.parse(definitionJson));

export function stepById(id: string): Step {
  const step = questionnaire.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step "${id}" in the real questionnaire`);
  return step;
}
