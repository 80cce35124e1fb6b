import { answerCodes, type Answer, type Answers } from './answers';
import type { Condition, OptionDefinition } from './definitionSchema';
import type { Step } from './steps';
import { optionsInVoice } from './voice';

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
  return shownWithAnswers(steps, answers).visible;
}

/**
 * An answer still offered in the voice of the answers before it: "don't know" given as a relative
 * is no answer once the questionnaire is about the person themselves.
 */
function stillOffered(step: Step, answer: Answer | undefined, before: Answers): boolean {
  if (answer === undefined || step.voiceFrom === undefined) return answer !== undefined;
  const offered = optionsInVoice(step, step.options, before).map((o) => o.code);
  return answerCodes(answer).every((code) => offered.includes(code));
}

function shownWithAnswers(steps: readonly Step[], answers: Answers) {
  const seen: Record<string, Answer> = {};
  const visible: Step[] = [];
  for (const step of steps) {
    if (step.condition && !conditionHolds(step.condition, seen)) continue;
    visible.push(step);
    const answer = answers[step.id];
    if (answer !== undefined && stillOffered(step, answer, seen)) seen[step.id] = answer;
  }
  return { visible, seen };
}

/** Only the answers to steps that are shown, with options still offered: what scoring, review and export may use. */
export function visibleAnswers(steps: readonly Step[], answers: Answers): Answers {
  return shownWithAnswers(steps, answers).seen;
}

/** The options a step offers now: a "which of them?" page offers only the substances chosen. */
export function stepOptions(
  step: Step,
  answers: Answers,
  substancesId: string,
): readonly OptionDefinition[] {
  if (!step.optionsFromSubstances) return optionsInVoice(step, step.options, answers);
  const chosen = answerCodes(answers[substancesId]);
  return step.options.filter((o) => chosen.includes(o.code));
}
