import type { Answer } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/steps';
import { isJsonObject } from './jsonValue';

/** The one value[x] of a FHIR answer, if it has exactly one. */
function onlyValue(answer: unknown): [string, unknown] | undefined {
  if (!isJsonObject(answer)) return undefined;
  const values = Object.entries(answer).filter(([key]) => key.startsWith('value'));
  return values.length === 1 ? values[0] : undefined;
}

function codeOf(answer: unknown, system: string): string | undefined {
  const [key, coding] = onlyValue(answer) ?? [];
  if (key !== 'valueCoding' || !isJsonObject(coding)) return undefined;
  return coding.system === system && typeof coding.code === 'string' ? coding.code : undefined;
}

/**
 * A page's answer read from FHIR answers, in the shape the app commits, or undefined when they do
 * not fit the page's kind. Whether each code is offered is checked later, with all the answers.
 */
export function answerFromFhir(
  step: Step,
  system: string,
  answers: readonly unknown[],
): Answer | undefined {
  if (step.kind === 'number') {
    const [key, value] = (answers.length === 1 && onlyValue(answers[0])) || [];
    return key === 'valueInteger' && Number.isSafeInteger(value) ? (value as number) : undefined;
  }
  const codes = answers.map((a) => codeOf(a, system));
  if (codes.length === 0 || codes.some((c) => c === undefined)) return undefined;
  const known = codes as string[];
  if (step.kind === 'single') return known.length === 1 ? known[0] : undefined;
  return new Set(known).size === known.length ? known : undefined;
}
