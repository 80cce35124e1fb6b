import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { languages } from '../src/i18n/languages';
import { formatProblem } from '../src/questionnaire/problems';
import { validateQuestionnaire } from '../src/questionnaire/validateQuestionnaire';
import { questionnaireFolders, readQuestionnaireFiles } from './readQuestionnaireFiles';

/** Fails the build (and the dev server's start) when a questionnaire file is broken. */
export function validateQuestionnairesPlugin(questionnairesRoot: string): Plugin {
  return {
    name: 'rusmiddeltjek:validate-questionnaires',
    buildStart() {
      const problems = questionnaireFolders(resolve(questionnairesRoot)).flatMap((folder) => {
        const result = validateQuestionnaire(readQuestionnaireFiles(folder), languages);
        return result.ok ? [] : result.problems;
      });
      if (problems.length > 0) {
        this.error(`Questionnaire data is invalid:\n${problems.map(formatProblem).join('\n')}`);
      }
    },
  };
}
