import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readQuestionnaireFiles } from '../../scripts/readQuestionnaireFiles';
import type {
  ItemDefinition,
  ItemTexts,
  QuestionnaireDefinition,
  QuestionnaireTexts,
} from '../../src/questionnaire/definitionSchema';
import type { QuestionnaireFiles } from '../../src/questionnaire/validateQuestionnaire';

/**
 * Test questionnaires are the one minimal valid questionnaire on disk plus the change a test
 * needs, written to a temporary folder and read back as the loader reads any questionnaire.
 * A new language is one more `<language>.json` in the minimal folder.
 */
export const minimalValidFolder = 'tests/fixtures/questionnaires/minimal-valid';

/** The repository's root, so file names in problems read the same wherever vitest runs from. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..') + sep;

/** A questionnaire's files as plain JSON, to be changed before they are written. */
export interface QuestionnaireJson {
  definition: QuestionnaireDefinition;
  /** When set, definition.json holds this text instead of `definition` (a file that is not JSON). */
  definitionText?: string;
  /** The texts by language; a language left out gets no file. */
  texts: Record<string, QuestionnaireTexts>;
}

export type QuestionnaireChange = (questionnaire: QuestionnaireJson) => void;

let minimal: QuestionnaireJson | undefined;

/** A fresh copy of the minimal valid questionnaire, with every language file in its folder. */
export function minimalValid(): QuestionnaireJson {
  if (!minimal) {
    const files = readQuestionnaireFiles(join(repoRoot, minimalValidFolder), repoRoot);
    minimal = {
      definition: files.definition.content as QuestionnaireDefinition,
      texts: Object.fromEntries(
        files.texts.map((t) => [t.language, t.content as QuestionnaireTexts]),
      ),
    };
  }
  return structuredClone(minimal);
}

export function questionnaireWith(change: QuestionnaireChange): QuestionnaireJson {
  const questionnaire = minimalValid();
  change(questionnaire);
  return questionnaire;
}

const asJson = (content: unknown) => `${JSON.stringify(content, null, 2)}\n`;

/** Writes `definition.json` and one `<language>.json` for each language into `folder`. */
export function writeQuestionnaire(folder: string, questionnaire: QuestionnaireJson): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'definition.json'),
    questionnaire.definitionText ?? asJson(questionnaire.definition),
  );
  for (const [language, texts] of Object.entries(questionnaire.texts)) {
    writeFileSync(join(folder, `${language}.json`), asJson(texts));
  }
}

/**
 * The minimal questionnaire changed by `change`, as the loader reads it from a folder `name`:
 * its files are named `<name>/definition.json`, `<name>/da.json` and so on.
 */
export function readQuestionnaireWith(
  change: QuestionnaireChange,
  name = 'minimal',
): QuestionnaireFiles {
  const root = mkdtempSync(join(tmpdir(), 'questionnaire-'));
  try {
    writeQuestionnaire(join(root, name), questionnaireWith(change));
    return readQuestionnaireFiles(join(root, name), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The item with this id, to change in place (so its position, and the paths, stay the same). */
export function item(questionnaire: QuestionnaireJson, id: string): ItemDefinition {
  const found = questionnaire.definition.items.find((i) => i.id === id);
  if (!found) throw new Error(`the minimal questionnaire has no item "${id}"`);
  return found;
}

export function textsIn(questionnaire: QuestionnaireJson, language: string): QuestionnaireTexts {
  const texts = questionnaire.texts[language];
  if (!texts) throw new Error(`the minimal questionnaire has no texts in "${language}"`);
  return texts;
}

export function itemTexts(texts: QuestionnaireTexts, id: string): ItemTexts {
  const found = texts.items[id];
  if (!found) throw new Error(`the minimal questionnaire has no texts for item "${id}"`);
  return found;
}

/** Makes the same change to the texts of every language, given the language's code. */
export function inEveryLanguage(
  questionnaire: QuestionnaireJson,
  change: (texts: QuestionnaireTexts, language: string) => void,
): void {
  for (const [language, texts] of Object.entries(questionnaire.texts)) change(texts, language);
}
