import type { Concern, FlagId, Icd11Group } from '../../questionnaire/definitionSchema';
import type { DsmBand, PregnancyFinding, ResultLevel } from '../../scoring/assessment';

/**
 * Words the exported Questionnaire needs beyond the questionnaire's own texts: the names of the
 * derived scores, and who `{{name}}` is when no name is known. A clinician reads them in a FHIR
 * tool. They are texts like any other, in each language's `handover.json` under `fhir.export`.
 */
export interface ExportTexts {
  /** Fills `{{name}}`: the person a relative's questions are about. */
  person: string;
  scores: string;
  level: string;
  levels: Record<ResultLevel, string>;
  flags: string;
  flagNames: Record<FlagId, string>;
  concerns: string;
  concernNames: Record<Concern, string>;
  criteriaCount: string;
  criteria: string;
  /** Seed warning signs met that count towards no DSM-5 criterion. */
  warningSigns: string;
  /** Pregnant or trying to become pregnant, as answered. */
  pregnancy: string;
  pregnancyStatuses: Record<PregnancyFinding['status'], string>;
  band: string;
  bands: Record<DsmBand, string>;
  icd11Groups: string;
  icd11GroupNames: Record<Icd11Group, string>;
  dependenceIndicated: string;
  takenAsPrescribed: string;
  weeklyDrinks: string;
  aboveRecommendation: string;
}
