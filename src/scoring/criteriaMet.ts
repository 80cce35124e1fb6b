import { answerCodes, type Answers } from '../questionnaire/answers';
import type { CriterionId } from '../questionnaire/definitionSchema';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { CriterionFinding } from './assessment';
import { chosenSubstances } from './chosenSubstances';
import { signSubstances } from './signSubstances';

// DSM-5: tolerance and withdrawal do not count for a medicine taken as prescribed (docs/sources.md#dsm5-prescribed-exception).
const NOT_COUNTED_WHEN_PRESCRIBED: readonly CriterionId[] = ['tolerance', 'withdrawal'];

/**
 * Every criterion met, per chosen substance (in the definition's order), with the steps that met it.
 * `answers` must hold visible answers only.
 */
export function criteriaMet(
  questionnaire: Questionnaire,
  answers: Answers,
  takenAsPrescribed: ReadonlySet<string>,
): ReadonlyMap<string, readonly CriterionFinding[]> {
  const { definition, steps } = questionnaire;
  const chosen = chosenSubstances(questionnaire, answers);
  const evidence = new Map<string, Map<CriterionId, Set<string>>>(
    chosen.map((code) => [code, new Map()]),
  );
  for (const step of steps) {
    const codes = answerCodes(answers[step.id]);
    for (const measure of step.measures) {
      if (measure.type !== 'criterion' || !measure.metBy.some((c) => codes.includes(c))) continue;
      const followUp = steps.find((s) => s.followUpOf === step.id);
      const attribution = signSubstances(step, followUp, answers, chosen);
      for (const substance of attribution.substances) {
        const bySubstance = evidence.get(substance);
        if (!bySubstance) continue;
        const found = bySubstance.get(measure.criterion) ?? new Set<string>();
        attribution.evidence.forEach((id) => found.add(id));
        bySubstance.set(measure.criterion, found);
      }
    }
  }
  return new Map(
    chosen.map((substance) => {
      const bySubstance = evidence.get(substance);
      const findings = definition.criteria.flatMap(({ id }): CriterionFinding[] => {
        const found = bySubstance?.get(id);
        if (!found) return [];
        const counted = !(
          takenAsPrescribed.has(substance) && NOT_COUNTED_WHEN_PRESCRIBED.includes(id)
        );
        return [{ criterion: id, evidence: [...found], counted }];
      });
      return [substance, findings];
    }),
  );
}
