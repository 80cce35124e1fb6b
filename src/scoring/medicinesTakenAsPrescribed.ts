import { answerCodes, type Answers } from '../questionnaire/answers';
import type { Step } from '../questionnaire/steps';

/** The medicines answered as taken as prescribed. `answers` must hold visible answers only. */
export function medicinesTakenAsPrescribed(
  steps: readonly Step[],
  answers: Answers,
): ReadonlySet<string> {
  const medicines = new Set<string>();
  for (const step of steps) {
    if (step.substance === undefined) continue;
    const codes = answerCodes(answers[step.id]);
    const asPrescribed = step.measures.some(
      (m) => m.type === 'prescription' && m.asPrescribedBy.some((code) => codes.includes(code)),
    );
    if (asPrescribed) medicines.add(step.substance);
  }
  return medicines;
}
