import { z } from 'zod';
import type { OptionDefinition } from './definitionSchema';
import type { Step } from './steps';

/** Error messages are translation keys of the "ui" namespace, resolved by the screen. */
export const answerErrors = {
  chooseOne: 'errors.chooseOne',
  chooseAtLeastOne: 'errors.chooseAtLeastOne',
  exclusive: 'errors.exclusive',
  wholeNumber: 'errors.wholeNumber',
  outOfRange: 'errors.outOfRange',
} as const;

/** The draft of one page as the form holds it: radio value, checkbox values or typed text. */
export interface AnswerDraft {
  answer: string | string[] | undefined;
}

/** Validates a page's draft and turns it into the answer the flow commits. */
export function answerSchema(step: Step, options: readonly OptionDefinition[]) {
  const codes = options.map((o) => o.code);
  const exclusive = options.filter((o) => o.exclusive).map((o) => o.code);
  if (step.kind === 'single') {
    return z.object({
      answer: z
        .string({ error: answerErrors.chooseOne })
        .refine((v) => codes.includes(v), answerErrors.chooseOne),
    });
  }
  if (step.kind === 'multiple') {
    return z.object({
      answer: z
        .array(z.string(), { error: answerErrors.chooseAtLeastOne })
        .min(1, answerErrors.chooseAtLeastOne)
        .refine((v) => v.every((c) => codes.includes(c)), answerErrors.chooseAtLeastOne)
        .refine(
          (v) => v.length === 1 || !v.some((c) => exclusive.includes(c)),
          answerErrors.exclusive,
        ),
    });
  }
  const min = step.min ?? 0;
  const max = step.max ?? Number.MAX_SAFE_INTEGER;
  return z.object({
    answer: z
      .string({ error: answerErrors.wholeNumber })
      .trim()
      .regex(/^\d+$/, answerErrors.wholeNumber)
      .transform(Number)
      .refine((n) => n >= min && n <= max, answerErrors.outOfRange),
  });
}
