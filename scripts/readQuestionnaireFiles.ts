import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { QuestionnaireFiles } from '../src/questionnaire/validateQuestionnaire';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { __unreadable: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads `<folder>/definition.json` and every `<language>.json` beside it. */
export function readQuestionnaireFiles(folder: string, root = process.cwd()): QuestionnaireFiles {
  const definitionPath = join(folder, 'definition.json');
  const texts = readdirSync(folder)
    .filter((name) => /^[a-z]{2}(-[A-Z]{2})?\.json$/.test(name))
    .map((name) => ({
      language: name.replace(/\.json$/, ''),
      file: relative(root, join(folder, name)),
      content: readJson(join(folder, name)),
    }));
  return {
    definition: {
      file: relative(root, definitionPath),
      content: existsSync(definitionPath) ? readJson(definitionPath) : undefined,
    },
    texts,
  };
}

export function questionnaireFolders(questionnairesRoot: string): string[] {
  return readdirSync(questionnairesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(questionnairesRoot, entry.name));
}
