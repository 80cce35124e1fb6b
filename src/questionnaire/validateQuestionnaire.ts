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

/** A questionnaire's files as read from disk: the definition and one texts file per language. */
export interface QuestionnaireFiles {
  definition: { file: string; content: unknown };
  texts: readonly { language: string; file: string; content: unknown }[];
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

/** Validates a questionnaire completely and reports every problem with its file and path. */
export function validateQuestionnaire(
  files: QuestionnaireFiles,
  requiredLanguages: readonly string[],
): ValidationResult {
  const problems: QuestionnaireProblem[] = [];
  const parsedDefinition = definitionSchema.safeParse(files.definition.content);
  if (!parsedDefinition.success) {
    problems.push(...schemaProblems(files.definition.file, parsedDefinition.error));
  } else {
    for (const p of checkDefinition(parsedDefinition.data)) {
      problems.push({ file: files.definition.file, ...p });
    }
  }
  const texts: Record<string, QuestionnaireTexts> = {};
  for (const language of requiredLanguages) {
    if (!files.texts.some((t) => t.language === language)) {
      problems.push({
        file: `${language}.json`,
        path: '',
        message: `the texts in language "${language}" are missing`,
      });
    }
  }
  for (const { language, file, content } of files.texts) {
    const parsed = textsSchema.safeParse(content);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error));
      continue;
    }
    texts[language] = parsed.data;
    if (parsedDefinition.success) {
      for (const p of checkTexts(parsedDefinition.data, parsed.data)) problems.push({ file, ...p });
    }
  }
  if (problems.length > 0 || !parsedDefinition.success) return { ok: false, problems };
  return { ok: true, definition: parsedDefinition.data, texts };
}
