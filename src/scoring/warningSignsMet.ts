import { answerCodes, type Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { WarningSignFinding } from './assessment';
import { chosenSubstances } from './chosenSubstances';
import { signSubstances } from './signSubstances';

/**
 * The seed's warning signs that count towards no criterion (needing a substance to get through the
 * day), per chosen substance, with the steps that met them. A medicine taken as prescribed is
 * needed by design, so none is listed for it. `answers` must hold visible answers only.
 */
export function warningSignsMet(
  questionnaire: Questionnaire,
  answers: Answers,
  takenAsPrescribed: ReadonlySet<string>,
): ReadonlyMap<string, readonly WarningSignFinding[]> {
  const { steps } = questionnaire;
  const chosen = chosenSubstances(questionnaire, answers);
  const found = new Map<string, WarningSignFinding[]>(chosen.map((code) => [code, []]));
  for (const step of steps) {
    const codes = answerCodes(answers[step.id]);
    for (const measure of step.measures) {
      if (measure.type !== 'warning-sign' || !measure.metBy.some((c) => codes.includes(c)))
        continue;
      const followUp = steps.find((s) => s.followUpOf === step.id);
      const attribution = signSubstances(step, followUp, answers, chosen);
      for (const substance of attribution.substances) {
        if (takenAsPrescribed.has(substance)) continue;
        found.get(substance)?.push({ sign: step.itemId, evidence: attribution.evidence });
      }
    }
  }
  return found;
}
