import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { QuestionnaireFiles } from '../src/questionnaire/validateQuestionnaire';

/** Turns JSON.parse's "at position N" into a line and column a person can find. */
function withLineAndColumn(message: string, text: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

function readJson(path: string): { content: unknown; readError?: string } {
  const text = readFileSync(path, 'utf8');
  try {
    return { content: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { content: undefined, readError: withLineAndColumn(message, text) };
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
      ...readJson(join(folder, name)),
    }));
  return {
    definition: {
      file: relative(root, definitionPath),
      ...(existsSync(definitionPath) ? readJson(definitionPath) : { content: undefined }),
    },
    texts,
  };
}

/** The questionnaire folders in a root folder, or the folder itself when it holds a definition. */
export function questionnaireFolders(questionnairesRoot: string): string[] {
  if (!existsSync(questionnairesRoot)) {
    throw new Error(`There is no folder "${questionnairesRoot}"`);
  }
  if (existsSync(join(questionnairesRoot, 'definition.json'))) return [questionnairesRoot];
  return readdirSync(questionnairesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(questionnairesRoot, entry.name));
}
