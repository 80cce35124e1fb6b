import type { Condition } from './definitionSchema';

export interface ConditionReference {
  item: string;
  codes: readonly string[];
  /** Where inside the condition, e.g. ['all', 0, 'item']. */
  path: readonly PropertyKey[];
}

/** Every item a condition reads, with the option codes it names. */
export function conditionReferences(
  condition: Condition,
  path: readonly PropertyKey[] = [],
): ConditionReference[] {
  if ('all' in condition) {
    return condition.all.flatMap((c, i) => conditionReferences(c, [...path, 'all', i]));
  }
  if ('any' in condition) {
    return condition.any.flatMap((c, i) => conditionReferences(c, [...path, 'any', i]));
  }
  if ('not' in condition) return conditionReferences(condition.not, [...path, 'not']);
  const codes = 'anyOf' in condition ? condition.anyOf : (condition.among ?? []);
  return [{ item: condition.item, codes, path }];
}
