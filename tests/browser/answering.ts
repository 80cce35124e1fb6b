import type { Page } from 'playwright-core';
import { expectStep, stepFieldset } from './screens';
import type { UiTexts } from './texts';

/** An answer as the page takes it: a radio's code, checkbox codes, or the digits for a text box. */
export type StepAnswer = string | readonly string[] | { digits: string };

/** One page of a journey: the step expected next and the answer given there. */
export type PlannedStep = readonly [stepId: string, answer: StepAnswer];

export async function clickStart(page: Page, ui: UiTexts): Promise<void> {
  await page.getByRole('button', { name: ui.start.button, exact: true }).click();
}

/** Checks that `stepId` is the page shown, gives `answer` by pointer and presses Continue. */
export async function answerStep(
  page: Page,
  ui: UiTexts,
  stepId: string,
  answer: StepAnswer,
): Promise<void> {
  await expectStep(page, stepId);
  const fieldset = stepFieldset(page, stepId);
  if (typeof answer === 'string') {
    await fieldset.locator(`input[type="radio"][value="${answer}"]`).check();
  } else if ('digits' in answer) {
    await fieldset.locator('input[type="text"]').fill(answer.digits);
  } else {
    for (const code of answer) await fieldset.locator(`input[value="${code}"]`).check();
  }
  await page.getByRole('button', { name: ui.question.continue, exact: true }).click();
}

/** Answers each planned page in turn, checking that each is the page the app shows. */
export async function answerSteps(
  page: Page,
  ui: UiTexts,
  plan: readonly PlannedStep[],
): Promise<void> {
  for (const [stepId, answer] of plan) await answerStep(page, ui, stepId, answer);
}

import { signIds, type SignId } from '../support/signIds';

export { signIds, type SignId };

/**
 * The sign pages for one or more substances: "yes" (followed, when `which` is given, by the
 * "with which of them?" page) for the signs in `yes`, "no" for the rest.
 */
export function signPages(yes: Partial<Record<SignId, readonly string[] | null>>): PlannedStep[] {
  return signIds.flatMap((id): PlannedStep[] => {
    if (!(id in yes)) return [[id, 'no']];
    const which = yes[id];
    return which
      ? [
          [id, 'yes'],
          [`${id}.which`, which],
        ]
      : [[id, 'yes']];
  });
}
