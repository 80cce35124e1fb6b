import definition from '../../questionnaires/rusmiddeltjek/definition.json';
import { definitionSchema } from '../../src/questionnaire/definitionSchema';
import { createQuestionnaire } from '../../src/questionnaire/questionnaire';

/** The shipped questionnaire, parsed by its schema as the build does. */
export const realQuestionnaire = createQuestionnaire(definitionSchema.parse(definition));
