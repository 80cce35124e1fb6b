import type { CriterionId, FlagId, Icd11Group, Voice } from '../questionnaire/definitionSchema';
import type { Concern } from '../questionnaire/vocabulary';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Assessment, DsmBand, ResultLevel } from '../scoring/assessment';

/** One cell of the criteria table: met, met but not counted (as prescribed), not met, or unknown. */
export type CriterionStatus = 'met' | 'not-counted' | 'not-met' | 'unknown';

export interface SummaryCriterionRow {
  criterion: CriterionId;
  dsm5: number;
  icd11Group: Icd11Group | 'harm';
  /** By substance code, in the order of `substances`. */
  status: Readonly<Record<string, CriterionStatus>>;
}

export interface SummarySubstance {
  substance: string;
  criteriaCount: number;
  unknownCount: number;
  band: DsmBand;
  icd11Groups: readonly Icd11Group[];
  dependenceIndicated: boolean;
  /** A medicine: only then does "taken as prescribed" apply. */
  isMedicine: boolean;
  takenAsPrescribed: boolean;
  /** Warning signs shown but counted towards no criterion, by the item that asks them. */
  warningSigns: readonly string[];
}

export interface SummaryAlcohol {
  /** Days with alcohol in a typical week, 0–7. */
  drinkingDays: number;
  weeklyDrinks: number;
  typicalDayDrinks: number;
  heavyDays: string;
  aboveWeekly: boolean;
  aboveDaily: boolean;
  underAge: boolean;
  pregnant: boolean;
}

/**
 * What a clinician needs at intake, on one page: criteria × substances, counts, bands, ICD-11
 * groups, alcohol against 10/4, flags, and which questionnaire made it. No name, no free text.
 */
export interface IntakeSummary {
  questionnaire: { id: string; version: string };
  /** When the answers were summed up (shown as date and time). */
  madeAt: Date;
  audience: Voice;
  level: ResultLevel;
  ageGroup?: string;
  /** Pregnant or trying to become pregnant, when asked. */
  pregnancy?: 'pregnant' | 'not-pregnant' | 'unknown';
  substances: readonly SummarySubstance[];
  criteria: readonly SummaryCriterionRow[];
  alcohol?: SummaryAlcohol;
  flags: readonly { flag: FlagId; concerns: readonly Concern[] }[];
}

function statusOf(
  assessment: Assessment,
  substance: string,
  criterion: CriterionId,
): CriterionStatus {
  const found = assessment.substances.find((s) => s.substance === substance);
  const finding = found?.criteria.find((c) => c.criterion === criterion);
  if (finding) return finding.counted ? 'met' : 'not-counted';
  return found?.unknownCriteria.includes(criterion) ? 'unknown' : 'not-met';
}

/** The intake summary of an assessment: a pure function of the answers behind it. */
export function intakeSummary(
  questionnaire: Questionnaire,
  assessment: Assessment,
  madeAt: Date,
): IntakeSummary {
  const { definition } = questionnaire;
  const codes = assessment.substances.map((s) => s.substance);
  const medicines = new Set(
    definition.substances.filter((s) => s.kind === 'medicine').map((s) => s.code),
  );
  const alcohol = assessment.alcohol;
  return {
    questionnaire: { id: definition.id, version: definition.version },
    madeAt,
    audience: assessment.audience,
    level: assessment.level,
    ...(assessment.ageGroup !== undefined && { ageGroup: assessment.ageGroup }),
    ...(assessment.pregnancy && { pregnancy: assessment.pregnancy.status }),
    substances: assessment.substances.map((s) => ({
      substance: s.substance,
      criteriaCount: s.criteriaCount,
      unknownCount: s.unknownCriteria.length,
      band: s.band,
      icd11Groups: s.icd11Groups,
      dependenceIndicated: s.dependenceIndicated,
      isMedicine: medicines.has(s.substance),
      takenAsPrescribed: s.takenAsPrescribed,
      warningSigns: s.warningSigns.map((w) => w.sign),
    })),
    criteria: definition.criteria.map((c) => ({
      criterion: c.id,
      dsm5: c.dsm5,
      icd11Group: c.icd11Group,
      status: Object.fromEntries(codes.map((code) => [code, statusOf(assessment, code, c.id)])),
    })),
    ...(alcohol && {
      alcohol: {
        drinkingDays: alcohol.drinkingDays,
        weeklyDrinks: alcohol.weeklyDrinks,
        typicalDayDrinks: alcohol.typicalDayDrinks,
        heavyDays: alcohol.heavyDays,
        aboveWeekly: alcohol.aboveWeekly,
        aboveDaily: alcohol.aboveDaily,
        underAge: alcohol.underAge,
        pregnant: alcohol.pregnant,
      },
    }),
    flags: assessment.flags.map(({ flag, concerns }) => ({ flag, concerns })),
  };
}
