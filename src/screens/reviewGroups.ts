import type { Measure } from '../questionnaire/definitionSchema';
import type { Step } from '../questionnaire/steps';

/** The topics the review page groups answers under, in the order it shows them. */
export const reviewGroupIds = ['about', 'use', 'amount', 'signs', 'safety', 'relative'] as const;
export type ReviewGroupId = (typeof reviewGroupIds)[number];

/** A page's topic from what its answer measures; undefined for a page that only routes. */
function groupOfMeasure(measure: Measure): ReviewGroupId | undefined {
  switch (measure.type) {
    case 'audience':
    case 'relationship':
    case 'age-group':
    case 'pregnancy':
      return 'about';
    case 'substances':
      return 'use';
    case 'consumption':
    case 'prescription':
      return 'amount';
    case 'criterion':
    case 'warning-sign':
      return 'signs';
    case 'flag':
      return 'safety';
    case 'relative-concern':
      return 'relative';
    case 'routing':
      return undefined;
  }
}

/** A page's topic: its first measure's, or for a "which of them?" page the page it follows. */
export function reviewGroupOf(step: Step, steps: readonly Step[]): ReviewGroupId {
  for (const measure of step.measures) {
    const group = groupOfMeasure(measure);
    if (group) return group;
  }
  const followed = step.followUpOf && steps.find((s) => s.id === step.followUpOf);
  return followed ? reviewGroupOf(followed, steps) : 'about';
}

/** The rows under their topics, topics in `reviewGroupIds` order, rows in question order. */
export function groupRows<Row extends { step: Step }>(
  rows: readonly Row[],
  steps: readonly Step[],
): { group: ReviewGroupId; rows: Row[] }[] {
  return reviewGroupIds
    .map((group) => ({ group, rows: rows.filter((r) => reviewGroupOf(r.step, steps) === group) }))
    .filter(({ rows: inGroup }) => inGroup.length > 0);
}
