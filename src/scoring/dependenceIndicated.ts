import { icd11Groups, type Icd11Group } from '../questionnaire/vocabulary';

// ICD-11 substance dependence: 2 or more of the 3 feature groups (docs/sources.md#icd11-dependence).
const GROUPS_NEEDED = 2;

/** Whether the groups present suggest ICD-11 dependence. */
export function dependenceIndicated(groups: readonly Icd11Group[]): boolean {
  return icd11Groups.filter((group) => groups.includes(group)).length >= GROUPS_NEEDED;
}
