import { readQuestionnaireFiles } from '../../scripts/readQuestionnaireFiles';
import { languages } from '../../src/i18n/languages';
import { validateQuestionnaire } from '../../src/questionnaire/validateQuestionnaire';
import { repoRoot } from '../support/questionnaireFixtures';

/** The questionnaire the app ships, validated; throws with every problem if it is not valid. */
export function loadRealQuestionnaire() {
  const files = readQuestionnaireFiles(`${repoRoot}questionnaires/rusmiddeltjek`, repoRoot);
  const result = validateQuestionnaire(files, languages);
  if (!result.ok) {
    const lines = result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    throw new Error(`questionnaires/rusmiddeltjek is invalid:\n${lines.join('\n')}`);
  }
  return result;
}
