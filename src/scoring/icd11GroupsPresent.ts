import type { CriterionDefinition } from '../questionnaire/definitionSchema';
import { icd11Groups, type CriterionId, type Icd11Group } from '../questionnaire/vocabulary';

/** The ICD-11 dependence feature groups that these criteria fall in, in ICD-11 order. */
export function icd11GroupsPresent(
  criteria: readonly CriterionId[],
  definitions: readonly CriterionDefinition[],
): Icd11Group[] {
  // The mapping is data: 'harm' is no dependence group, so it never appears here.
  const groups = new Set(
    criteria.map((id) => definitions.find((definition) => definition.id === id)?.icd11Group),
  );
  return icd11Groups.filter((group) => groups.has(group));
}
