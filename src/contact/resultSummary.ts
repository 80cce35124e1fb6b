import type { Assessment } from '../scoring/assessment';
import type { ResultSummary } from './callbackContract';

/**
 * What "attach my result" sends: the level, the safety flags, and per substance the number of signs
 * and the band — never an answer, the evidence behind a sign, or anything the person did not see.
 */
export function resultSummary(
  assessment: Assessment,
  questionnaire: { id: string; version: string },
): ResultSummary {
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    level: assessment.level,
    flags: [...new Set(assessment.flags.map((finding) => finding.flag))],
    substances: assessment.substances.map(({ substance, criteriaCount, band }) => ({
      substance,
      criteriaCount,
      band,
    })),
  };
}
