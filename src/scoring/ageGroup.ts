import type { Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/steps';

/** The age-group answer, found by its measure. `answers` must hold visible answers only. */
export function ageGroup(steps: readonly Step[], answers: Answers): string | undefined {
  const step = steps.find((s) => s.measures.some((m) => m.type === 'age-group'));
  const answer = step ? answers[step.id] : undefined;
  return typeof answer === 'string' ? answer : undefined;
}
