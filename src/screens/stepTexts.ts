import type { i18n as I18n, TFunction } from 'i18next';
import { tData, type DataKey } from '../i18n/keys';
import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { stepSubstances } from '../questionnaire/stepSubstances';
import type { Step } from '../questionnaire/steps';
import { audienceAnswer } from '../questionnaire/voice';

export interface StepTexts {
  title: string;
  hint?: string;
  unit?: string;
  /** The unit after a number, singular for 1 ("1 dag", "2 dage") where the texts have `unit_one`. */
  unitFor?: (count: number) => string;
  optionLabel: (code: string) => string;
  optionHint: (code: string) => string | undefined;
  /** For pages that list substances: a substance's name as it reads inside a sentence. */
  optionInSentence?: (code: string) => string;
}

/** A text that an item may leave out, such as a hint. */
function optional(i18n: I18n, key: DataKey, values?: Record<string, unknown>): string | undefined {
  return i18n.exists(key, values) ? tData(i18n.t, key, values) : undefined;
}

/** A page's texts in the current language, with its substances named in the sentence. */
export function stepTexts(
  step: Step,
  answers: Answers,
  questionnaire: Questionnaire,
  i18n: I18n,
  /** The person's name as a relative gave it, or "the person" (ui:voice.thePerson). */
  name?: string,
): StepTexts {
  const t: TFunction = i18n.t;
  const language = i18n.language;
  // The voice follows the answer to "who is this about?". Self is the base key; i18next's context
  // picks `title_relative` etc. and falls back to it.
  const voice = audienceAnswer(questionnaire.steps, answers);
  const context = voice === 'self' ? undefined : voice;
  const voiced = {
    ...(context && { context }),
    name: name ?? t('voice.thePerson', { ns: 'ui' }),
  };
  const names = stepSubstances(step, answers, questionnaire.substancesId).map((code) =>
    tData(t, `questionnaire:substances.${code}.inSentence`),
  );
  const values = {
    ...voiced,
    substance: names[0] ?? '',
    substances: new Intl.ListFormat(language, { type: 'disjunction' }).format(names),
  };
  const itemKey = `questionnaire:items.${step.itemId}` as const;
  const listsSubstances =
    step.optionsFromSubstances || step.measures.some((m) => m.type === 'substances');
  const optionLabel = (code: string): string =>
    listsSubstances && !step.options.find((o) => o.code === code)?.exclusive
      ? tData(t, `questionnaire:substances.${code}.label`, voiced)
      : tData(t, `${itemKey}.options.${code}`, voiced);
  const optionHint = (code: string): string | undefined =>
    listsSubstances ? optional(i18n, `questionnaire:substances.${code}.hint`, voiced) : undefined;
  const substanceNames = listsSubstances && {
    optionInSentence: (code: string): string =>
      step.options.find((o) => o.code === code)?.exclusive
        ? optionLabel(code)
        : tData(t, `questionnaire:substances.${code}.inSentence`),
  };

  if (step.followUpOf) {
    const question = tData(t, `${itemKey}.title`, values);
    return {
      title: t('followUps.which.title', { ns: 'questionnaire' }),
      hint: t('followUps.which.hint', { ns: 'questionnaire', question }),
      optionLabel,
      optionHint,
      ...substanceNames,
    };
  }
  const hint = optional(i18n, `${itemKey}.hint`, values);
  const unit = optional(i18n, `${itemKey}.unit`, voiced);
  return {
    title: tData(t, `${itemKey}.title`, values),
    ...(hint && { hint }),
    ...(unit && {
      unit,
      unitFor: (count: number) => tData(i18n.t, `${itemKey}.unit`, { ...voiced, count }),
    }),
    optionLabel,
    optionHint,
    ...substanceNames,
  };
}
