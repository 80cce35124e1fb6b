import type { Answer } from '../../src/questionnaire/answers';
import type { Questionnaire } from '../../src/questionnaire/questionnaire';
import { conditionHolds, stepOptions } from '../../src/questionnaire/visibility';

/** An answer as the page takes it: a radio's code, checkbox codes, or the digits for a text box. */
export type StepAnswer = string | readonly string[] | { digits: string };

/** One page of a journey: the step expected next and the answer given there. */
export type PlannedStep = readonly [stepId: string, answer: StepAnswer];

/**
 * The journey the step timing walks: a person answering for themselves (the first page asks who
 * the check is about), three substances, so most pages are shown, with the
 * per-substance pages, the alcohol pages, a medicine's prescription page, and signs answered
 * "yes" that bring their "which of them?" pages.
 */
export const benchJourney: Readonly<Record<string, Answer>> = {
  audience: 'self',
  'age-group': '25-35',
  substances: ['alcohol', 'cannabis', 'sedatives'],
  'alcohol-days': 4,
  'frequency.cannabis': 'weekly',
  'frequency.sedatives': 'daily',
  'alcohol-typical-day': 4,
  'alcohol-heavy-days': 'monthly',
  'prescribed.sedatives': 'more-than-prescribed',
  pregnancy: 'not-relevant',
  'larger-amounts': 'yes',
  craving: 'yes',
  tolerance: 'yes',
  withdrawal: 'yes',
  mixing: 'yes',
};

function asStepAnswer(answer: Answer): StepAnswer {
  return typeof answer === 'number' ? { digits: String(answer) } : answer;
}

/**
 * Every page shown for the given answers, in order, with its answer: the given one where named,
 * else "no", the first option, every offered option but "none" (all the substances on a "which
 * of them?" page), or 2. Pages are
 * shown by conditions on earlier pages only (src/questionnaire/visibility.ts), so one pass does.
 */
export function journeyPlan(
  questionnaire: Questionnaire,
  given: Readonly<Record<string, Answer>>,
): PlannedStep[] {
  const answers: Record<string, Answer> = {};
  const plan: PlannedStep[] = [];
  for (const step of questionnaire.steps) {
    if (step.condition && !conditionHolds(step.condition, answers)) continue;
    const options = stepOptions(step, answers, questionnaire.substancesId);
    const codes = options.map((o) => o.code);
    const fallback: Answer =
      step.kind === 'number'
        ? 2
        : step.kind === 'multiple'
          ? options.filter((o) => !o.exclusive).map((o) => o.code)
          : codes.includes('no')
            ? 'no'
            : (codes[0] ?? '');
    const answer = given[step.id] ?? fallback;
    answers[step.id] = answer;
    plan.push([step.id, asStepAnswer(answer)]);
  }
  return plan;
}
