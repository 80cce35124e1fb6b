import type { Condition } from '../../questionnaire/definitionSchema';
import type { Questionnaire } from '../../questionnaire/questionnaire';
import type { QuestionnaireEnableWhen, QuestionnaireItem } from './fhirR4';
import { stepAnswerSystem } from './stepAnswerSystem';

type EnableWhenPart = Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'>;

/** A condition that holds when any one of these is true, if it is that simple. */
function anyOf(
  questionnaire: Questionnaire,
  condition: Condition,
): QuestionnaireEnableWhen[] | undefined {
  if (!('item' in condition)) return undefined;
  const step = questionnaire.steps.find((s) => s.id === condition.item);
  // A number's answer has no codes, so a condition on it never holds in the app.
  if (!step || step.kind === 'number') return undefined;
  const codes =
    'anyOf' in condition
      ? condition.anyOf
      : condition.countAtLeast === 1
        ? condition.among
        : undefined;
  if (codes === undefined) {
    return 'countAtLeast' in condition && condition.countAtLeast === 1
      ? [{ question: step.id, operator: 'exists', answerBoolean: true }]
      : undefined;
  }
  const system = stepAnswerSystem(questionnaire, step);
  return codes.map((code) => ({
    question: step.id,
    operator: '=',
    answerCoding: { system, code },
  }));
}

function allOf(condition: Condition): readonly Condition[] {
  return 'all' in condition ? condition.all.flatMap(allOf) : [condition];
}

/**
 * A page's condition as FHIR `enableWhen`, only where it says exactly the same: one item's answer
 * among some codes, or several single-code answers that must all hold. Otherwise none (the app and
 * the import apply the real condition; docs/fhir.md).
 */
export function enableWhen(
  questionnaire: Questionnaire,
  condition: Condition,
): EnableWhenPart | undefined {
  const any = anyOf(questionnaire, condition);
  if (any) return { enableWhen: any, ...(any.length > 1 && { enableBehavior: 'any' }) };
  const parts = allOf(condition).map((part) => anyOf(questionnaire, part));
  const single: QuestionnaireEnableWhen[] = [];
  for (const part of parts) {
    const [only, ...more] = part ?? [];
    if (!only || more.length > 0) return undefined;
    single.push(only);
  }
  return { enableWhen: single, ...(single.length > 1 && { enableBehavior: 'all' }) };
}
