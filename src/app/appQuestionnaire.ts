import definition from '../../questionnaires/rusmiddeltjek/definition.json';
import type { QuestionnaireDefinition } from '../questionnaire/definitionSchema';
import { createQuestionnaire } from '../questionnaire/questionnaire';

// Validated when the build starts (scripts/validateQuestionnairesPlugin.ts) and by `npm run validate`,
// so the browser does not ship the definition schema.
export const appQuestionnaire = createQuestionnaire(definition as QuestionnaireDefinition);
