import { answerCodes, type Answers } from '../questionnaire/answers';
import type { CriterionId } from '../questionnaire/definitionSchema';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { CriterionFinding } from './assessment';
import { chosenSubstances } from './chosenSubstances';
import { signSubstances } from './signSubstances';

/**
 * The criteria that could not be judged, per chosen substance: a sign answered "don't know" and
 * not met by any other answer. Counted apart, never as met. `answers` must hold visible answers only.
 */
export function criteriaUnknown(
  questionnaire: Questionnaire,
  answers: Answers,
  met: ReadonlyMap<string, readonly CriterionFinding[]>,
): ReadonlyMap<string, readonly CriterionId[]> {
  const { definition, steps } = questionnaire;
  const chosen = chosenSubstances(questionnaire, answers);
  const unknown = new Map<string, Set<CriterionId>>(chosen.map((code) => [code, new Set()]));
  for (const step of steps) {
    const codes = answerCodes(answers[step.id]);
    const saysUnknown = step.options.some((o) => o.unknown && codes.includes(o.code));
    if (!saysUnknown) continue;
    for (const measure of step.measures) {
      if (measure.type !== 'criterion') continue;
      for (const substance of signSubstances(step, undefined, answers, chosen).substances) {
        unknown.get(substance)?.add(measure.criterion);
      }
    }
  }
  return new Map(
    chosen.map((substance) => {
      const found = unknown.get(substance);
      const metHere = new Set((met.get(substance) ?? []).map((f) => f.criterion));
      const ids = definition.criteria
        .map((c) => c.id)
        .filter((id) => found?.has(id) && !metHere.has(id));
      return [substance, ids];
    }),
  );
}
