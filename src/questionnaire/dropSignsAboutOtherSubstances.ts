import type { Answers } from './answers';
import { signMeasure, type Step } from './steps';
import { stepSubstances } from './stepSubstances';

/** A page whose answer meets a sign for the substances it names ("Have you used {{substances}} …?"). */
function namesSubstancesForSign(step: Step): boolean {
  return (
    step.substanceScope !== undefined &&
    step.followUpOf === undefined &&
    signMeasure(step.measures) !== undefined
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}

/**
 * The answers after a change, less every sign answered about other substances than its page names
 * now: a "no" given about alcohol says nothing about cannabis added later, and a "yes" given about
 * cannabis says nothing about the alcohol left when cannabis is taken away. Such a page is asked
 * again; its "which of them?" follow-up goes with it, as it is shown only after a yes.
 */
export function dropSignsAboutOtherSubstances(
  steps: readonly Step[],
  substancesId: string,
  before: Answers,
  after: Answers,
): Answers {
  const askAgain = new Set(
    steps
      .filter(namesSubstancesForSign)
      .filter(
        (step) =>
          !sameSet(
            stepSubstances(step, after, substancesId),
            stepSubstances(step, before, substancesId),
          ),
      )
      .map((step) => step.id),
  );
  return Object.fromEntries(Object.entries(after).filter(([id]) => !askAgain.has(id)));
}
