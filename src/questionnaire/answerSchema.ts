import * as z from 'zod/mini';
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
        .check(z.refine((v) => codes.includes(v), { error: answerErrors.chooseOne })),
    });
  }
  if (step.kind === 'multiple') {
    return z.object({
      answer: z.array(z.string(), { error: answerErrors.chooseAtLeastOne }).check(
        z.minLength(1, { error: answerErrors.chooseAtLeastOne }),
        z.refine((v) => v.every((c) => codes.includes(c)), {
          error: answerErrors.chooseAtLeastOne,
        }),
        z.refine((v) => v.length === 1 || !v.some((c) => exclusive.includes(c)), {
          error: answerErrors.exclusive,
        }),
      ),
    });
  }
  const min = step.min ?? 0;
  const max = step.max ?? Number.MAX_SAFE_INTEGER;
  const digits = z
    .string({ error: answerErrors.wholeNumber })
    .check(z.trim(), z.regex(/^\d+$/, { error: answerErrors.wholeNumber }));
  return z.object({
    answer: z
      .pipe(digits, z.transform(Number))
      .check(z.refine((n) => n >= min && n <= max, { error: answerErrors.outOfRange })),
  });
}
