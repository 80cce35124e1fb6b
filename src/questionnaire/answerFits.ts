import type { Answer } from './answers';
import type { OptionDefinition } from './definitionSchema';
import type { Step } from './steps';

/**
 * Whether an answer is one the page could have committed: an offered option; offered options, at
 * least one, none twice, an exclusive one alone; or a whole number within the page's range.
 */
export function answerFits(
  step: Step,
  options: readonly OptionDefinition[],
  answer: Answer | undefined,
): boolean {
  const codes = options.map((o) => o.code);
  if (step.kind === 'number') {
    return (
      typeof answer === 'number' &&
      Number.isInteger(answer) &&
      step.min !== undefined &&
      step.max !== undefined &&
      answer >= step.min &&
      answer <= step.max
    );
  }
  if (step.kind === 'single') return typeof answer === 'string' && codes.includes(answer);
  if (!Array.isArray(answer) || answer.length === 0) return false;
  const chosen: readonly unknown[] = answer;
  const exclusive = options.filter((o) => o.exclusive).map((o) => o.code);
  return (
    chosen.every((c) => typeof c === 'string' && codes.includes(c)) &&
    new Set(chosen).size === chosen.length &&
    (chosen.length === 1 || !chosen.some((c) => exclusive.includes(c as string)))
  );
}
