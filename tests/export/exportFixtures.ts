import da from '../../questionnaires/rusmiddeltjek/da.json';
import en from '../../questionnaires/rusmiddeltjek/en.json';
import type { LanguageTexts } from '../../src/export/fhir/questionTexts';
import daHandover from '../../src/i18n/locales/da/handover.json';
import enHandover from '../../src/i18n/locales/en/handover.json';
import type { Answers } from '../../src/questionnaire/answers';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire } from '../support/realQuestionnaire';

export const questionnaire = realQuestionnaire;

/** What the export reads in each language: the questionnaire's texts and its own labels. */
export const languageTexts: readonly LanguageTexts[] = [
  { language: 'da', texts: da, labels: daHandover.fhir.export },
  { language: 'en', texts: en, labels: enHandover.fhir.export },
];

export const authored = new Date('2026-03-04T05:06:07.890Z');

/** "None of these" substances, and the first option wherever else a choice is asked. */
export function noneAnswers(): Answers {
  const substances = questionnaire.steps.find((s) => s.id === questionnaire.substancesId);
  const none = substances?.options.find((o) => o.exclusive)?.code;
  if (none === undefined) throw new Error('the substances question has no "none" option');
  return completeAnswers({ [questionnaire.substancesId]: [none] });
}

/**
 * As many pages as a journey can show, with this first answer: every substance, "yes" wherever
 * it is an option, and every non-exclusive option of any other several-answer page.
 */
export function fullAnswers(firstAnswer: string): Answers {
  const given: Record<string, string | string[]> = {};
  const [first] = questionnaire.steps;
  if (first) given[first.id] = firstAnswer;
  for (const step of questionnaire.steps) {
    if (step.id === first?.id || step.optionsFromSubstances) continue;
    if (step.kind === 'multiple') {
      given[step.id] = step.options.filter((o) => !o.exclusive).map((o) => o.code);
    } else if (step.options.some((o) => o.code === 'yes')) {
      given[step.id] = 'yes';
    }
  }
  return completeAnswers(given);
}

/** Each answer to the first question, so every audience's pages are covered. */
export const firstAnswers: readonly string[] =
  questionnaire.steps[0]?.options.map((o) => o.code) ?? [];
