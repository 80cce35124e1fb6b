/**
 * The result types scripts/resultScreenshots.ts photographs: one journey for each level, each
 * safety flag, each audience, "None of these" and a pregnant drinker. Each names the level and the
 * flags it must reach, so a changed questionnaire or scoring rule stops the script instead of
 * silently photographing another result (levels and flags: docs/scoring.md).
 */

export type Level = 'none' | 'risky' | 'mild' | 'moderate' | 'severe';
export type Flag = 'urgent' | 'harm-reduction' | 'do-not-stop-abruptly';
export type Audience = 'self' | 'relative' | 'clinician';
export type Language = 'da' | 'en';

/** An answer as a page takes it: a radio's code, checkbox codes, or the digits for a text box. */
export type Answer = string | readonly string[] | { digits: string };

export interface ResultJourney {
  /** The file-name stem: `result-<name>-<language>-<width>.png`. */
  name: string;
  /** What the result type is, in a few words, for docs/screenshots.md. */
  title: string;
  audience: Audience;
  languages: readonly Language[];
  /** Answers by page id (`data-item`); a page not named here is answered by `defaultAnswer`. */
  answers: Readonly<Record<string, Answer>>;
  expectedLevel: Level;
  expectedFlags: readonly Flag[];
}

/** The name a relative gives the person, as in scripts/screenshots.ts. */
export const personName = 'Kim';

/** A sign page answered "yes" for each id, for spreading into `answers`. */
function yesTo(...signIds: string[]): Record<string, Answer> {
  return Object.fromEntries(signIds.map((id) => [id, 'yes']));
}

/** Alcohol only, within the recommendation unless the journey says otherwise. */
const alcohol = (days: number, typicalDay: number): Record<string, Answer> => ({
  substances: ['alcohol'],
  'alcohol-days': { digits: String(days) },
  'alcohol-typical-day': { digits: String(typicalDay) },
  'alcohol-heavy-days': 'never',
});

const fourSigns = yesTo('larger-amounts', 'cut-down', 'craving', 'neglects-duties');

export const resultJourneys: readonly ResultJourney[] = [
  {
    name: 'none-self',
    title: 'No signs: a little alcohol, no signs, no flags',
    audience: 'self',
    languages: ['da'],
    answers: alcohol(2, 2),
    expectedLevel: 'none',
    expectedFlags: [],
  },
  {
    name: 'none-of-these-self',
    title: '"None of these" substances',
    audience: 'self',
    languages: ['da'],
    answers: { substances: ['none'] },
    expectedLevel: 'none',
    expectedFlags: [],
  },
  {
    name: 'risky-self',
    title: 'Risky: alcohol above the recommendation, no signs',
    audience: 'self',
    languages: ['da'],
    answers: { ...alcohol(4, 3), 'alcohol-heavy-days': 'monthly' },
    expectedLevel: 'risky',
    expectedFlags: [],
  },
  {
    name: 'mild-self',
    title: 'Mild: cannabis with two signs',
    audience: 'self',
    languages: ['da'],
    answers: {
      substances: ['cannabis'],
      'frequency.cannabis': 'weekly',
      ...yesTo('time-spent', 'craving'),
    },
    expectedLevel: 'mild',
    expectedFlags: [],
  },
  {
    name: 'moderate-self',
    title: 'Moderate: alcohol with four signs',
    audience: 'self',
    languages: ['da', 'en'],
    answers: { ...alcohol(3, 4), ...fourSigns },
    expectedLevel: 'moderate',
    expectedFlags: [],
  },
  {
    name: 'severe-self',
    title: 'Severe: alcohol with seven signs',
    audience: 'self',
    languages: ['da'],
    answers: {
      ...alcohol(4, 5),
      'alcohol-heavy-days': 'weekly',
      ...yesTo(
        'larger-amounts',
        'cut-down',
        'time-spent',
        'craving',
        'neglects-duties',
        'conflicts',
        'gave-up-activities',
      ),
    },
    expectedLevel: 'severe',
    expectedFlags: [],
  },
  {
    name: 'urgent-self',
    title: 'Urgent: thoughts of self-harm, with cannabis and no signs',
    audience: 'self',
    languages: ['da', 'en'],
    answers: { substances: ['cannabis'], 'frequency.cannabis': 'weekly', 'self-harm': 'yes' },
    expectedLevel: 'risky',
    expectedFlags: ['urgent'],
  },
  {
    name: 'harm-reduction-self',
    title: 'Harm reduction: injecting stimulants and sharing equipment',
    audience: 'self',
    languages: ['da'],
    answers: {
      substances: ['stimulants'],
      'frequency.stimulants': 'weekly',
      injecting: 'yes',
      'sharing-equipment': 'yes',
    },
    expectedLevel: 'risky',
    expectedFlags: ['harm-reduction'],
  },
  {
    name: 'do-not-stop-abruptly-self',
    title: 'Do not stop abruptly: heavy daily drinking with withdrawal',
    audience: 'self',
    languages: ['da'],
    answers: {
      ...alcohol(6, 6),
      'alcohol-heavy-days': 'most-days',
      ...yesTo('craving', 'tolerance', 'withdrawal'),
    },
    expectedLevel: 'mild',
    expectedFlags: ['do-not-stop-abruptly'],
  },
  {
    name: 'pregnant-self',
    title: 'A pregnant person who drinks a little',
    audience: 'self',
    languages: ['da'],
    answers: { ...alcohol(1, 2), pregnancy: 'yes' },
    expectedLevel: 'risky',
    expectedFlags: [],
  },
  {
    name: 'moderate-relative',
    title: 'A relative, about a partner with alcohol and four signs',
    audience: 'relative',
    languages: ['da', 'en'],
    answers: {
      relationship: 'partner',
      ...alcohol(3, 4),
      ...fourSigns,
      'relative-worry': 'yes',
      'relative-sleep': 'yes',
    },
    expectedLevel: 'moderate',
    expectedFlags: [],
  },
  {
    name: 'moderate-clinician',
    title: 'A clinician, about a client with alcohol and four signs',
    audience: 'clinician',
    languages: ['da'],
    answers: { ...alcohol(3, 4), ...fourSigns },
    expectedLevel: 'moderate',
    expectedFlags: [],
  },
];

/** The answer every journey gives first: who is answering, and an adult age. */
function commonAnswers(journey: ResultJourney): Record<string, Answer> {
  return { audience: journey.audience, 'age-group': '25-35' };
}

/**
 * The answer for page `itemId` offering `options`: the journey's own, else "no" where offered
 * (no sign, no flag), else the first option.
 */
export function answerFor(
  journey: ResultJourney,
  itemId: string,
  options: readonly string[],
): Answer {
  const given = journey.answers[itemId] ?? commonAnswers(journey)[itemId];
  if (given !== undefined) return given;
  if (options.includes('no')) return 'no';
  const first = options[0];
  if (first === undefined) throw new Error(`Page ${itemId} offers no option to choose`);
  return first;
}

/** The PNG's file name for a journey at one language and width. */
export function screenshotName(journey: ResultJourney, language: Language, width: number): string {
  return `result-${journey.name}-${language}-${width}.png`;
}
