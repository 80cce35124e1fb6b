import { resolve } from 'node:path';
import { languages } from '../src/i18n/languages';
import { formatProblem } from '../src/questionnaire/problems';
import { validateQuestionnaire } from '../src/questionnaire/validateQuestionnaire';
import { questionnaireFolders, readQuestionnaireFiles } from './readQuestionnaireFiles';

const root = resolve(process.argv[2] ?? 'questionnaires');
let folders: string[];
try {
  folders = questionnaireFolders(root);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (folders.length === 0) {
  console.error(`✗ No questionnaires found in ${root}`);
  process.exit(1);
}
let failed = false;
for (const folder of folders) {
  const result = validateQuestionnaire(readQuestionnaireFiles(folder), languages);
  if (result.ok) {
    console.log(`✓ ${folder}: ${result.definition.id} ${result.definition.version} is valid`);
  } else {
    failed = true;
    console.error(`✗ ${folder}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
