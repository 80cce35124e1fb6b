import { answerCodes, type Answers } from '../questionnaire/answers';
import { concerns, flagIds, type Concern, type FlagId } from '../questionnaire/vocabulary';
import type { Step } from '../questionnaire/steps';
import type { FlagFinding } from './assessment';

/**
 * The safety flags raised, each once, in the order urgent, harm reduction, do not stop abruptly,
 * with what raised them. `answers` must hold visible answers only. Two findings of scoring raise
 * "do not stop abruptly" too: `withdrawalAtRisk`, the steps that met withdrawal for a substance
 * risky to stop abruptly (concern 'withdrawal'), and `dailyHeavyDrinking`, the steps that show
 * heavy drinking on most days (concern 'daily-heavy-drinking').
 */
export function flagsRaised(
  steps: readonly Step[],
  answers: Answers,
  withdrawalAtRisk: readonly string[],
  dailyHeavyDrinking: readonly string[] = [],
): FlagFinding[] {
  const raised = new Map<FlagId, Set<string>>(flagIds.map((flag) => [flag, new Set()]));
  const causes = new Map<FlagId, Set<Concern>>(flagIds.map((flag) => [flag, new Set()]));
  for (const step of steps) {
    const codes = answerCodes(answers[step.id]);
    for (const measure of step.measures) {
      if (measure.type === 'flag' && measure.raisedBy.some((code) => codes.includes(code))) {
        raised.get(measure.flag)?.add(step.id);
        if (measure.concern) causes.get(measure.flag)?.add(measure.concern);
      }
    }
  }
  const scored: [readonly string[], Concern][] = [
    [withdrawalAtRisk, 'withdrawal'],
    [dailyHeavyDrinking, 'daily-heavy-drinking'],
  ];
  for (const [evidence, concern] of scored) {
    evidence.forEach((id) => raised.get('do-not-stop-abruptly')?.add(id));
    if (evidence.length > 0) causes.get('do-not-stop-abruptly')?.add(concern);
  }
  const order = new Map(steps.map((step, index) => [step.id, index]));
  const byStepOrder = (a: string, b: string) =>
    (order.get(a) ?? steps.length) - (order.get(b) ?? steps.length);
  return flagIds.flatMap((flag): FlagFinding[] => {
    const evidence = [...(raised.get(flag) ?? [])].sort(byStepOrder);
    const found = causes.get(flag);
    return evidence.length > 0
      ? [{ flag, evidence, concerns: concerns.filter((c) => found?.has(c)) }]
      : [];
  });
}
