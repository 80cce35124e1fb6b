import i18next, { type i18n as I18n } from 'i18next';
import { pathToFileURL } from 'node:url';
import daQuestionnaire from '../../questionnaires/rusmiddeltjek/da.json';
import definition from '../../questionnaires/rusmiddeltjek/definition.json';
import daUi from '../../src/i18n/locales/da/ui.json';
import type { Answer } from '../../src/questionnaire/answers';
import { definitionSchema } from '../../src/questionnaire/definitionSchema';
import { createQuestionnaire, type Questionnaire } from '../../src/questionnaire/questionnaire';
import { stepOptions } from '../../src/questionnaire/visibility';
import { answerText } from '../../src/screens/answerText';
import { stepTexts } from '../../src/screens/stepTexts';
import type { StepAnswer } from './journeyPlan';
import { benchJourney, journeyPlan } from './journeyPlan';

/**
 * How long the check takes, from its texts: every word on each page shown in a journey read at
 * plain-Danish speed, plus a few seconds for each answer given. Method and figures: docs/performance.md.
 */
export const wordsPerMinute = 150;
export const secondsPerAnswer = 3;

export function countWords(...texts: (string | undefined)[]): number {
  return texts.join(' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function readingSeconds(words: number): number {
  return (words / wordsPerMinute) * 60;
}

/** The answers a person gives on a page: each ticked box of a "tick all" page is one. */
export function answersGiven(answer: StepAnswer): number {
  return typeof answer === 'object' && !('digits' in answer) ? Math.max(1, answer.length) : 1;
}

function asAnswer(answer: StepAnswer): Answer {
  return typeof answer === 'object' && 'digits' in answer ? Number(answer.digits) : answer;
}

/** The start page as a first-time visitor reads it (the interface's `start.*` texts). */
export function startPageWords(start: typeof daUi.start): number {
  return countWords(
    start.title,
    start.intro,
    ...Object.values(start.points),
    start.exit,
    start.resume.label,
    start.resume.hint,
    start.button,
  );
}

export interface JourneyTime {
  pages: number;
  words: number;
  answers: number;
  seconds: number;
}

/** Every page of a journey read and answered, then its review page read once. */
export function journeyTime(
  questionnaire: Questionnaire,
  i18n: I18n,
  given: Readonly<Record<string, Answer>>,
  startWords: number,
): JourneyTime {
  const plan = journeyPlan(questionnaire, given);
  const answers: Record<string, Answer> = {};
  let words = startWords;
  let answerCount = 0;
  for (const [stepId, planned] of plan) {
    const step = questionnaire.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`no page ${stepId}`);
    const texts = stepTexts(step, answers, questionnaire, i18n);
    const options = stepOptions(step, answers, questionnaire.substancesId);
    words += countWords(
      texts.title,
      texts.hint,
      ...options.flatMap((o) => [texts.optionLabel(o.code), texts.optionHint(o.code)]),
    );
    answers[stepId] = asAnswer(planned);
    answerCount += answersGiven(planned);
    // The review page: each question once more, with its answer.
    words += countWords(texts.title, answerText(answers[stepId], texts, i18n.language));
  }
  const seconds = readingSeconds(words) + answerCount * secondsPerAnswer;
  return { pages: plan.length, words, answers: answerCount, seconds };
}

/**
 * Alcohol above the recommendation, no signs: 5 days a week, 4 genstande a day, 5 or more once a
 * month. tests/browser/result-length.test.ts measures its result too.
 */
export const drinkerAboveTheRecommendation: Readonly<Record<string, Answer>> = {
  audience: 'self',
  'age-group': '36-64',
  substances: ['alcohol'],
  'alcohol-days': 5,
  'alcohol-typical-day': 4,
  'alcohol-heavy-days': 'monthly',
};

/** Alcohol above the recommendation with two signs: walked for oneself and as a relative. */
const drinkerWithTwoSigns: Readonly<Record<string, Answer>> = {
  ...drinkerAboveTheRecommendation,
  craving: 'yes',
  tolerance: 'yes',
};

/** Cannabis every week with four signs (a moderate level); its result is measured too. */
export const cannabisWithFourSigns: Readonly<Record<string, Answer>> = {
  audience: 'self',
  'age-group': '18-24',
  substances: ['cannabis'],
  'frequency.cannabis': 'weekly',
  'larger-amounts': 'yes',
  'cut-down': 'yes',
  craving: 'yes',
  tolerance: 'yes',
};

/** The common journeys: one substance without signs, one with signs, several, and the other voices. */
export const commonJourneys = {
  'self, alcohol, no signs': {
    audience: 'self',
    'age-group': '36-64',
    substances: ['alcohol'],
    'alcohol-days': 2,
    'alcohol-typical-day': 2,
    'alcohol-heavy-days': 'never',
  },
  'self, alcohol above the recommendation, two signs': drinkerWithTwoSigns,
  'self, cannabis, four signs': cannabisWithFourSigns,
  'self, three substances, signs (the bench journey)': benchJourney,
  'relative, alcohol, two signs': {
    ...drinkerWithTwoSigns,
    audience: 'relative',
    relationship: 'partner',
  },
} satisfies Record<string, Readonly<Record<string, Answer>>>;

export async function danishTexts(): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'da',
    fallbackLng: false,
    resources: { da: { ui: daUi, questionnaire: daQuestionnaire } },
    ns: ['ui', 'questionnaire'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Each common journey's minutes, and the whole-minute range the start page may state. */
export async function estimate() {
  const questionnaire = createQuestionnaire(definitionSchema.parse(definition));
  const i18n = await danishTexts();
  const startWords = startPageWords(daUi.start);
  const journeys = Object.entries(commonJourneys).map(([name, given]) => ({
    name,
    ...journeyTime(questionnaire, i18n, given, startWords),
  }));
  const minutes = journeys.map((j) => j.seconds / 60);
  return {
    journeys,
    fewest: Math.round(Math.min(...minutes)),
    most: Math.round(Math.max(...minutes)),
    stated: statedMinutes(minutes),
  };
}

/** What the start page says: the middle journey's minutes, to the nearest 5 (an honest "about"). */
export function statedMinutes(minutes: readonly number[]): number {
  const sorted = [...minutes].sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return Math.max(5, Math.round(middle / 5) * 5);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { journeys, fewest, most, stated } = await estimate();
  for (const j of journeys) {
    const min = (j.seconds / 60).toFixed(1);
    console.log(`${j.name}: ${j.pages} pages, ${j.words} words, ${j.answers} answers, ${min} min`);
  }
  console.log(`Range: about ${fewest}–${most} minutes; the start page says about ${stated}`);
}
