import type { Language } from '../../i18n/languages';
import type { QuestionnaireTexts } from '../../questionnaire/definitionSchema';
import type { Questionnaire } from '../../questionnaire/questionnaire';
import type { Step } from '../../questionnaire/steps';
import type { ExportTexts } from './exportTexts';

/**
 * Texts of one language: the questionnaire's (`questionnaires/<id>/<language>.json`) and the
 * export's own labels (`fhir.export` in the language's `handover.json`).
 */
export interface LanguageTexts {
  texts: QuestionnaireTexts;
  labels: ExportTexts;
  language: Language;
}

/**
 * The substances a page's title speaks of, for a questionnaire that does not know which were
 * chosen: the page's own substance, or every substance the page can be about.
 */
function titleSubstances(questionnaire: Questionnaire, step: Step): readonly string[] {
  if (step.substance !== undefined) return [step.substance];
  return step.substanceScope ?? questionnaire.definition.substances.map((s) => s.code);
}

/** Fills i18next's `{{name}}` placeholders; one with no value is left as written. */
function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

function placeholderValues(
  questionnaire: Questionnaire,
  step: Step,
  { texts, labels, language }: LanguageTexts,
): Record<string, string> {
  const names = titleSubstances(questionnaire, step).map(
    (code) => texts.substances[code]?.inSentence ?? code,
  );
  return {
    name: labels.person,
    substance: names[0] ?? '',
    substances: new Intl.ListFormat(language, { type: 'disjunction' }).format(names),
  };
}

/** A page's question as the person reads it (the base "self" wording). */
export function questionText(
  questionnaire: Questionnaire,
  step: Step,
  languageTexts: LanguageTexts,
): string {
  const { texts } = languageTexts;
  if (step.followUpOf !== undefined) return texts.followUps.which.title;
  const title = texts.items[step.itemId]?.title ?? step.itemId;
  return interpolate(title, placeholderValues(questionnaire, step, languageTexts));
}

export function questionHint(
  questionnaire: Questionnaire,
  step: Step,
  languageTexts: LanguageTexts,
): string | undefined {
  if (step.followUpOf !== undefined) return undefined;
  const hint = languageTexts.texts.items[step.itemId]?.hint;
  return hint && interpolate(hint, placeholderValues(questionnaire, step, languageTexts));
}

/** An option's label: a substance's name on pages that list substances, else the item's text. */
export function optionDisplay(
  step: Step,
  code: string,
  texts: QuestionnaireTexts,
): string | undefined {
  const listsSubstances =
    step.optionsFromSubstances === true || step.measures.some((m) => m.type === 'substances');
  const exclusive = step.options.find((o) => o.code === code)?.exclusive === true;
  if (listsSubstances && !exclusive) return texts.substances[code]?.label;
  return texts.items[step.itemId]?.options?.[code];
}
