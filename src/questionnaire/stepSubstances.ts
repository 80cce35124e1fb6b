import { answerCodes, type Answers } from './answers';
import type { Step } from './steps';

/** The chosen substances a page is about: its own substance, or the chosen ones in its scope. */
export function stepSubstances(step: Step, answers: Answers, substancesId: string): string[] {
  if (step.substance) return [step.substance];
  const chosen = answerCodes(answers[substancesId]);
  if (!step.substanceScope) return [];
  return step.substanceScope.filter((code) => chosen.includes(code));
}
