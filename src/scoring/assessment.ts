import type {
  AgeRange,
  Concern,
  CriterionId,
  FlagId,
  Icd11Group,
  RelativeConcern,
  Voice,
} from '../questionnaire/definitionSchema';

/**
 * DSM-5 severity from the number of criteria met, lowest first (docs/sources.md#dsm5-severity);
 * where each band starts is `dsmBandStarts` (dsmBand.ts), the one place the ranges are stated.
 */
export const dsmBands = ['none', 'mild', 'moderate', 'severe'] as const;
export type DsmBand = (typeof dsmBands)[number];

/**
 * The overall result, lowest first — 'risky' (use above a limit, or a single sign) comes before the
 * DSM-5 bands: the value of `data-result-level` on the result page. The one definition of the order.
 */
export const resultLevels = ['none', 'risky', 'mild', 'moderate', 'severe'] as const;
export type ResultLevel = (typeof resultLevels)[number];

export interface CriterionFinding {
  criterion: CriterionId;
  /** The step ids whose answers met it. */
  evidence: readonly string[];
  /** False for tolerance and withdrawal of a medicine taken as prescribed (docs/sources.md#dsm5-prescribed-exception). */
  counted: boolean;
}

/** A seed warning sign met for a substance that counts towards no DSM-5 criterion. */
export interface WarningSignFinding {
  /** The item that asks it; its short name is the item's `short` text. */
  sign: string;
  evidence: readonly string[];
}

export interface PregnancyFinding {
  /** Pregnant or trying to become pregnant; "unknown" is a relative's or clinician's "don't know". */
  status: 'pregnant' | 'not-pregnant' | 'unknown';
  evidence: readonly string[];
}

export interface SubstanceAssessment {
  substance: string;
  /** Every criterion met, in the definition's order, counted or not. */
  criteria: readonly CriterionFinding[];
  /** Warning signs shown beside the criteria and never counted (needing it to get through the day). */
  warningSigns: readonly WarningSignFinding[];
  /** Criteria answered "don't know" and not met otherwise: counted apart, never as met. */
  unknownCriteria: readonly CriterionId[];
  /** Criteria met that count towards the band. */
  criteriaCount: number;
  band: DsmBand;
  /** ICD-11 feature groups present among the counted criteria. */
  icd11Groups: readonly Icd11Group[];
  /** Two of the three ICD-11 groups present. */
  dependenceIndicated: boolean;
  /** A medicine the person takes as prescribed. */
  takenAsPrescribed: boolean;
}

export interface AlcoholAssessment {
  /** Days with alcohol in a typical week, 0–7 (0: less often than every week). */
  drinkingDays: number;
  /** Drinking days in a typical week × genstande on a typical drinking day. */
  weeklyDrinks: number;
  typicalDayDrinks: number;
  /** The answer code for how often 5 or more drinks are had on one day. */
  heavyDays: string;
  /** Above 10 genstande a week (docs/sources.md#alcohol-recommendation). */
  aboveWeekly: boolean;
  /** Above 4 genstande on one day: a typical day of 5+, or any day of 5+. */
  aboveDaily: boolean;
  /** Under 18: the recommendation is no alcohol at all. */
  underAge: boolean;
  /** Pregnant or trying to become pregnant: the recommendation is no alcohol at all. */
  pregnant: boolean;
  aboveRecommendation: boolean;
  evidence: readonly string[];
  /**
   * The steps that show heavy drinking on most days (days a week and a typical day), or none:
   * it raises "do not stop abruptly" on its own.
   */
  dailyHeavyEvidence: readonly string[];
}

export interface FlagFinding {
  flag: FlagId;
  evidence: readonly string[];
  /** What raised it, each once, in the order of `concerns` in vocabulary.ts. */
  concerns: readonly Concern[];
}

export interface RelativeConcernFinding {
  concern: RelativeConcern;
  evidence: readonly string[];
}

/** Everything the answers suggest, with the answers that made each part. */
export interface Assessment {
  level: ResultLevel;
  /** Who the answers are about: the person answering, a relative's person, or a clinician's client. */
  audience: Voice;
  /** For a relative: their relationship to the person, from their side. */
  relationship?: string;
  /** For a relative: what their own answers said about them. */
  relativeConcerns: readonly RelativeConcernFinding[];
  substances: readonly SubstanceAssessment[];
  alcohol?: AlcoholAssessment;
  flags: readonly FlagFinding[];
  /** The age-group answer's code, for showing it; rules read `age`. */
  ageGroup?: string;
  /** The ages the age-group answer stands for. */
  age?: AgeRange;
  /** Pregnant or trying to become pregnant, when asked. */
  pregnancy?: PregnancyFinding;
}
