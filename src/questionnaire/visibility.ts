import { answerCodes, type Answer, type Answers } from './answers';
import type { Condition, OptionDefinition } from './definitionSchema';
import type { Step } from './steps';

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  if ('not' in condition) return !conditionHolds(condition.not, answers);
  const codes = answerCodes(answers[condition.item]);
  if ('anyOf' in condition) return codes.some((c) => condition.anyOf.includes(c));
  const counted = condition.among ? codes.filter((c) => condition.among?.includes(c)) : codes;
  return counted.length >= condition.countAtLeast;
}

/**
 * The steps shown for these answers, in order. Conditions refer only to earlier steps, so one pass
 * suffices; an answer to a hidden step counts as no answer for every later condition.
 */
export function visibleSteps(steps: readonly Step[], answers: Answers): Step[] {
  const seen: Record<string, Answer> = {};
  const visible: Step[] = [];
  for (const step of steps) {
    if (step.condition && !conditionHolds(step.condition, seen)) continue;
    visible.push(step);
    const answer = answers[step.id];
    if (answer !== undefined) seen[step.id] = answer;
  }
  return visible;
}

/** Only the answers to steps that are shown: what scoring, review and export may use. */
export function visibleAnswers(steps: readonly Step[], answers: Answers): Answers {
  const kept: Record<string, Answer> = {};
  for (const step of visibleSteps(steps, answers)) {
    const answer = answers[step.id];
    if (answer !== undefined) kept[step.id] = answer;
  }
  return kept;
}

/** The options a step offers now: a "which of them?" page offers only the substances chosen. */
export function stepOptions(
  step: Step,
  answers: Answers,
  substancesId: string,
): readonly OptionDefinition[] {
  if (!step.optionsFromSubstances) return step.options;
  const chosen = answerCodes(answers[substancesId]);
  return step.options.filter((o) => chosen.includes(o.code));
}
