/** The fixed words of a questionnaire: criteria, ICD-11 groups, flags. Kept apart from the schema so
 * the browser can use them without shipping zod's definition schema. */

export const criterionIds = [
  'larger-amounts',
  'cut-down',
  'time-spent',
  'craving',
  'obligations',
  'social',
  'activities',
  'hazardous',
  'health',
  'tolerance',
  'withdrawal',
] as const;
export type CriterionId = (typeof criterionIds)[number];

export const icd11Groups = ['impaired-control', 'precedence', 'physiological'] as const;
export type Icd11Group = (typeof icd11Groups)[number];

export const flagIds = ['urgent', 'harm-reduction', 'do-not-stop-abruptly'] as const;
export type FlagId = (typeof flagIds)[number];

/**
 * What raised a safety flag, so the result can speak to it: set on a flag measure, except that
 * scoring adds 'withdrawal' when a withdrawal sign for a substance risky to stop abruptly raises
 * "do not stop abruptly", and 'daily-heavy-drinking' when drinking alone does.
 */
export const concerns = [
  'self-harm',
  'overdose',
  'severe-withdrawal',
  'injecting',
  'sharing-equipment',
  'mixing',
  'withdrawal',
  'daily-heavy-drinking',
] as const;
export type Concern = (typeof concerns)[number];

/** What a substance is, where help differs: docs/sources.md#treatment-alcohol and #treatment-drugs name no Danish treatment right for nicotine. */
export const substanceKinds = ['alcohol', 'nicotine', 'medicine', 'other'] as const;
export type SubstanceKind = (typeof substanceKinds)[number];

/**
 * What a consumption answer tells: how often a substance is used (a band of days), alcohol's
 * drinking days in a typical week (0–7), genstande on a typical drinking day, and how often a day
 * has 5 or more.
 */
export const consumptionFigures = [
  'frequency',
  'drinking-days',
  'typical-day-drinks',
  'heavy-days',
] as const;
export type ConsumptionFigure = (typeof consumptionFigures)[number];

/** Who the questions speak to: the person themselves, a relative, or a clinician in an interview. */
export const voices = ['self', 'relative', 'clinician'] as const;
export type Voice = (typeof voices)[number];

/**
 * What a relative's own answers tell about them, so their section of the result can speak to it:
 * worry filling the day, sleep, conflict, feeling unsafe, children living with the person.
 */
export const relativeConcerns = ['worry', 'sleep', 'conflict', 'unsafe', 'children'] as const;
export type RelativeConcern = (typeof relativeConcerns)[number];
