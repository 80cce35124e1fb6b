import type { ResultLevel } from '../scoring/assessment';

// Lowest first: 'risky' (use above a limit, or a single sign) comes before the DSM-5 bands.
const levelOrder: readonly ResultLevel[] = ['none', 'risky', 'mild', 'moderate', 'severe'];

export function levelAtLeast(level: ResultLevel, minimum: ResultLevel): boolean {
  return levelOrder.indexOf(level) >= levelOrder.indexOf(minimum);
}
