import type { Condition } from './definitionSchema';

export interface ConditionReference {
  item: string;
  codes: readonly string[];
  /** Where inside the condition, e.g. ['all', 0]; the item is at `[...path, 'item']`. */
  path: readonly PropertyKey[];
  /** The key that holds `codes`, so a wrong code can be pointed at: `[...path, codesKey, k]`. */
  codesKey: 'anyOf' | 'among' | undefined;
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
  if ('anyOf' in condition) {
    return [{ item: condition.item, codes: condition.anyOf, path, codesKey: 'anyOf' }];
  }
  return [
    {
      item: condition.item,
      codes: condition.among ?? [],
      path,
      codesKey: condition.among ? 'among' : undefined,
    },
  ];
}
