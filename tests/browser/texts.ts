import daQuestionnaire from '../../questionnaires/rusmiddeltjek/da.json';
import enQuestionnaire from '../../questionnaires/rusmiddeltjek/en.json';
import daHandover from '../../src/i18n/locales/da/handover.json';
import daUi from '../../src/i18n/locales/da/ui.json';
import enHandover from '../../src/i18n/locales/en/handover.json';
import enUi from '../../src/i18n/locales/en/ui.json';

/** The interface texts the journeys look for, straight from the app's own translation files. */
export type UiTexts = typeof daUi;
export type Language = 'da' | 'en';

export const uiTexts: Record<Language, UiTexts> = { da: daUi, en: enUi };

/** The hand-over code, the FHIR downloads and the clinician's import view. */
export type HandoverTexts = typeof daHandover;

export const handoverTexts: Record<Language, HandoverTexts> = { da: daHandover, en: enHandover };

/** The questionnaire's own texts (questionnaires/rusmiddeltjek/<language>.json), as far as read here. */
export interface QuestionnaireTexts {
  items: Record<string, { title: string } & Record<string, unknown>>;
  substances: Record<string, { label: string; inSentence: string }>;
  followUps: { which: { title: string } };
}

export const questionnaireTexts: Record<Language, QuestionnaireTexts> = {
  da: daQuestionnaire,
  en: enQuestionnaire,
};

/** Each language's switch button, named in that language. */
export const languageButton: Record<Language, string> = { da: 'Dansk', en: 'English' };

/** i18next-style `{{name}}` interpolation, for texts such as a "Change" button's hidden part. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Who the texts speak to or about: the answer to the first page, "who is this about?". */
export type Voice = 'self' | 'relative' | 'clinician';

/**
 * A text as the app's voiced `t` finds it (src/ui/voice.tsx): i18next's context and plural
 * lookup, `key_relative_one`, `key_relative`, `key_one`, `key` (the self text has no context),
 * then interpolated. `key` is a dotted path in `texts`, such as `result.level.mild`.
 */
export function voicedText(
  texts: object,
  key: string,
  {
    voice,
    language,
    values = {},
  }: { voice: Voice; language: Language; values?: Record<string, string | number> },
): string {
  const path = key.split('.');
  const leaf = path.pop() ?? '';
  let parent: unknown = texts;
  for (const part of path) parent = (parent as Record<string, unknown> | undefined)?.[part];
  const found = (parent ?? {}) as Record<string, unknown>;
  const plural =
    typeof values.count === 'number'
      ? `_${new Intl.PluralRules(language).select(values.count)}`
      : undefined;
  const context = voice === 'self' ? undefined : `_${voice}`;
  const candidates = [
    context && plural && `${leaf}${context}${plural}`,
    context && `${leaf}${context}`,
    plural && `${leaf}${plural}`,
    leaf,
  ].filter((candidate): candidate is string => typeof candidate === 'string');
  const template = candidates
    .map((candidate) => found[candidate])
    .find((t) => typeof t === 'string');
  if (typeof template !== 'string')
    throw new Error(`No text "${key}" (${voice}) in the texts given`);
  return interpolate(template, values);
}

/** The h1 of a question page as written, before interpolation, in the given voice. */
export function questionTitleTemplate(texts: QuestionnaireTexts, stepId: string, voice: Voice) {
  if (stepId.endsWith('.which')) return texts.followUps.which.title;
  const item = texts.items[stepId.split('.')[0] ?? ''];
  if (!item) throw new Error(`No texts for the page "${stepId}"`);
  const voiced = voice === 'self' ? undefined : item[`title_${voice}`];
  return typeof voiced === 'string' ? voiced : item.title;
}

/**
 * Whether `text` is `template` with `values` filled in; a placeholder without a value (the
 * substances a page names) stands for any text.
 */
export function fillsTemplate(
  text: string,
  template: string,
  values: Record<string, string>,
): boolean {
  const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const placeholder = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      if (placeholder === undefined) return escape(part);
      const value = values[placeholder];
      return value === undefined ? '.+?' : escape(value);
    })
    .join('');
  return new RegExp(`^${pattern}$`).test(text);
}
