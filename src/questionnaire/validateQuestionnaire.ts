import type { z } from 'zod';
import { checkDefinition } from './checkDefinition';
import { checkTexts } from './checkTexts';
import {
  definitionSchema,
  textsSchema,
  type QuestionnaireDefinition,
  type QuestionnaireTexts,
} from './definitionSchema';
import { formatPath, type QuestionnaireProblem } from './problems';

/**
 * One file as read from disk: its parsed content (`undefined` when the file does not exist), or,
 * when it could not be read or parsed, why not.
 */
export interface QuestionnaireFile {
  file: string;
  content: unknown;
  readError?: string;
}

/** A questionnaire's files as read from disk: the definition and one texts file per language. */
export interface QuestionnaireFiles {
  definition: QuestionnaireFile;
  texts: readonly (QuestionnaireFile & { language: string })[];
}

export type ValidationResult =
  | {
      ok: true;
      definition: QuestionnaireDefinition;
      texts: Readonly<Record<string, QuestionnaireTexts>>;
    }
  | { ok: false; problems: QuestionnaireProblem[] };

function schemaProblems(file: string, error: z.ZodError): QuestionnaireProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/** Why a file could not be read. */
function readError({ readError }: QuestionnaireFile): string | undefined {
  return readError;
}

/** Parses one file's content, or says plainly that the file is missing or is not valid JSON. */
function parseFile<T>(
  entry: QuestionnaireFile,
  schema: z.ZodType<T>,
): { data: T; problems: [] } | { data: undefined; problems: QuestionnaireProblem[] } {
  const unreadable = readError(entry);
  if (unreadable !== undefined) {
    const message = `cannot be read as JSON: ${unreadable}`;
    return { data: undefined, problems: [{ file: entry.file, path: '', message }] };
  }
  if (entry.content === undefined) {
    const message = 'the file is missing';
    return { data: undefined, problems: [{ file: entry.file, path: '', message }] };
  }
  const parsed = schema.safeParse(entry.content);
  if (!parsed.success)
    return { data: undefined, problems: schemaProblems(entry.file, parsed.error) };
  return { data: parsed.data, problems: [] };
}

/** The folder part of a file path as given, with its trailing separator ('' for none). */
function folderOf(file: string): string {
  return file.replace(/[^/\\]*$/, '');
}

/** Validates a questionnaire completely and reports every problem with its file and path. */
export function validateQuestionnaire(
  files: QuestionnaireFiles,
  requiredLanguages: readonly string[],
): ValidationResult {
  const problems: QuestionnaireProblem[] = [];
  const definition = parseFile(files.definition, definitionSchema);
  problems.push(...definition.problems);
  if (definition.data) {
    for (const p of checkDefinition(definition.data)) {
      problems.push({ file: files.definition.file, ...p });
    }
  }
  const texts: Record<string, QuestionnaireTexts> = {};
  for (const language of requiredLanguages) {
    if (!files.texts.some((t) => t.language === language)) {
      problems.push({
        file: `${folderOf(files.definition.file)}${language}.json`,
        path: '',
        message: `the file is missing: the texts in language "${language}" are required`,
      });
    }
  }
  for (const entry of files.texts) {
    const parsed = parseFile(entry, textsSchema);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    texts[entry.language] = parsed.data;
    if (definition.data) {
      for (const p of checkTexts(definition.data, parsed.data)) {
        problems.push({ file: entry.file, ...p });
      }
    }
  }
  if (problems.length > 0 || !definition.data) return { ok: false, problems };
  return { ok: true, definition: definition.data, texts };
}
