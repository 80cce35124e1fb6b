import { answerCodes, type Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/steps';
import { relativeConcerns } from '../questionnaire/vocabulary';
import type { RelativeConcernFinding } from './assessment';

/** What a relative's own answers raised, in the order of `relativeConcerns`, with the steps that did. */
export function relativeConcernsRaised(
  steps: readonly Step[],
  answers: Answers,
): RelativeConcernFinding[] {
  const found = relativeConcerns.map((concern) => ({ concern, evidence: [] as string[] }));
  for (const step of steps) {
    const codes = answerCodes(answers[step.id]);
    for (const measure of step.measures) {
      if (measure.type !== 'relative-concern') continue;
      if (!measure.raisedBy.some((code) => codes.includes(code))) continue;
      found.find((f) => f.concern === measure.concern)?.evidence.push(step.id);
    }
  }
  return found.filter((f) => f.evidence.length > 0);
}
