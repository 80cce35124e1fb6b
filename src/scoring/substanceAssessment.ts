import type { CriterionDefinition, CriterionId } from '../questionnaire/definitionSchema';
import type { CriterionFinding, SubstanceAssessment, WarningSignFinding } from './assessment';
import { dependenceIndicated } from './dependenceIndicated';
import { dsmBand } from './dsmBand';
import { icd11GroupsPresent } from './icd11GroupsPresent';

/** One substance's criteria summed up: count, DSM-5 band and ICD-11 groups from the counted ones. */
export function substanceAssessment(
  substance: string,
  criteria: readonly CriterionFinding[],
  definitions: readonly CriterionDefinition[],
  takenAsPrescribed: boolean,
  unknownCriteria: readonly CriterionId[] = [],
  warningSigns: readonly WarningSignFinding[] = [],
): SubstanceAssessment {
  const counted = criteria.filter((finding) => finding.counted).map((finding) => finding.criterion);
  const groups = icd11GroupsPresent(counted, definitions);
  return {
    substance,
    criteria,
    warningSigns,
    unknownCriteria,
    criteriaCount: counted.length,
    band: dsmBand(counted.length),
    icd11Groups: groups,
    dependenceIndicated: dependenceIndicated(groups),
    takenAsPrescribed,
  };
}
