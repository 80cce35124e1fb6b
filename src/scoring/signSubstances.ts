import { answerCodes, type Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/steps';

/** The substances a met sign applies to, and the steps that say so. */
export interface SignAttribution {
  substances: readonly string[];
  evidence: readonly string[];
}

/**
 * Which chosen substances a met sign on `step` is about. `answers` must hold visible answers only,
 * so an answer to `followUp` exists only when that "which of them?" page was shown.
 */
export function signSubstances(
  step: Step,
  followUp: Step | undefined,
  answers: Answers,
  chosen: readonly string[],
): SignAttribution {
  if (step.substance !== undefined) return { substances: [step.substance], evidence: [step.id] };
  const inScope = chosen.filter((code) => step.substanceScope?.includes(code) ?? true);
  const named = followUp ? answerCodes(answers[followUp.id]) : [];
  const picked = inScope.filter((code) => named.includes(code));
  // With no usable "which of them?" answer, a met sign is never dropped: it applies to every candidate.
  if (followUp && picked.length > 0) {
    return { substances: picked, evidence: [step.id, followUp.id] };
  }
  return { substances: inScope, evidence: [step.id] };
}
