import { answerCodes, type Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/steps';
import type { PregnancyFinding } from './assessment';

/**
 * Whether the person answered about is pregnant or trying to become pregnant, read from the
 * answer's place in `pregnantBy` or its `unknown` mark, never its code. `answers` must hold
 * visible answers only; undefined when the page was not shown or not answered.
 */
export function pregnancyAnswer(
  steps: readonly Step[],
  answers: Answers,
): PregnancyFinding | undefined {
  for (const step of steps) {
    const measure = step.measures.find((m) => m.type === 'pregnancy');
    const code = answerCodes(answers[step.id])[0];
    if (!measure || code === undefined) continue;
    const status = measure.pregnantBy.includes(code)
      ? 'pregnant'
      : step.options.some((o) => o.code === code && o.unknown)
        ? 'unknown'
        : 'not-pregnant';
    return { status, evidence: [step.id] };
  }
  return undefined;
}
