import type { Answers } from '../questionnaire/answers';
import type { AgeRange } from '../questionnaire/definitionSchema';
import type { Step } from '../questionnaire/steps';

/** The ages the age-group answer stands for, from its option. `answers` must hold visible answers only. */
export function ageRange(steps: readonly Step[], answers: Answers): AgeRange | undefined {
  const step = steps.find((s) => s.measures.some((m) => m.type === 'age-group'));
  const answer = step ? answers[step.id] : undefined;
  return step?.options.find((o) => o.code === answer)?.ages;
}
