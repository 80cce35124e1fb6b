import type { Locator, Page } from 'playwright-core';
import { expectResult, expectReview, expectStep, stepFieldset } from './screens';
import type { UiTexts } from './texts';
import type { PlannedStep, StepAnswer } from '../../scripts/bench/journeyPlan';

export type { PlannedStep, StepAnswer };

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

/**
 * Answers each planned page in turn, checking that each is the page the app shows; `onArrival`
 * runs on each page once it is shown, before it is answered.
 */
export async function answerSteps(
  page: Page,
  ui: UiTexts,
  plan: readonly PlannedStep[],
  onArrival?: (stepId: string) => Promise<void>,
): Promise<void> {
  for (const [stepId, answer] of plan) {
    if (onArrival) {
      await expectStep(page, stepId);
      await onArrival(stepId);
    }
    await answerStep(page, ui, stepId, answer);
  }
}

/** The name field a relative sees below "How do you know the person?". */
export function personNameField(page: Page, ui: UiTexts): Locator {
  return page.getByRole('textbox', { name: ui.personName.label, exact: true });
}

/** On `relationship`: chooses `relationship`, types the person's `name` and presses Continue. */
export async function answerRelationship(
  page: Page,
  ui: UiTexts,
  relationship: string,
  name: string,
): Promise<void> {
  await expectStep(page, 'relationship');
  await stepFieldset(page, 'relationship')
    .locator(`input[type="radio"][value="${relationship}"]`)
    .check();
  await personNameField(page, ui).fill(name);
  await page.getByRole('button', { name: ui.question.continue, exact: true }).click();
}

/** On the review: presses "See the result" and waits for the result page. */
export async function confirmReview(page: Page, ui: UiTexts): Promise<void> {
  await expectReview(page, ui);
  await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
  await expectResult(page);
}

import { checkSignIds, signIds, type SignId } from '../support/signIds';

export { signIds, type SignId };

/**
 * The sign pages for one or more substances: "yes" (followed, when `which` is given, by the
 * "with which of them?" page) for the signs in `yes`, "don't know" for those in `dontKnow` (offered
 * to relatives and clinicians only), "no" for the rest.
 */
export function signPages(
  yes: Partial<Record<SignId, readonly string[] | null>>,
  { dontKnow = [] }: { dontKnow?: readonly SignId[] } = {},
): PlannedStep[] {
  checkSignIds([...Object.keys(yes), ...dontKnow]);
  return signIds.flatMap((id): PlannedStep[] => {
    if (dontKnow.includes(id)) return [[id, 'dont-know']];
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

/**
 * The longest result: alcohol and opioids, signs with "which of them?" pages, and every safety
 * answer that raises a flag (all three boxes). As a clinician, "don't know" is given where offered.
 */
export function longJourney(audience: 'self' | 'clinician'): PlannedStep[] {
  return [
    ['audience', audience],
    ['age-group', '18-24'],
    ['substances', ['alcohol', 'opioids']],
    ['frequency.opioids', 'monthly'],
    ['alcohol-days', { digits: '1' }],
    ['alcohol-typical-day', { digits: '6' }],
    ['alcohol-heavy-days', 'monthly'],
    ['pregnancy', audience === 'clinician' ? 'dont-know' : 'no'],
    ...signPages({
      craving: ['alcohol', 'opioids'],
      tolerance: ['opioids'],
      withdrawal: ['opioids'],
    }),
    ['injecting', 'yes'],
    ['sharing-equipment', audience === 'clinician' ? 'dont-know' : 'yes'],
    ['mixing', 'yes'],
    ['overdose', 'past-4-weeks'],
    ['severe-withdrawal', 'yes'],
    ['self-harm', 'no'],
  ];
}

/** After "none of these": the two safety questions everyone is asked, answered "no". */
export const noneSafetyPages: readonly PlannedStep[] = [
  ['overdose', 'no'],
  ['self-harm', 'no'],
];

/** The shortest journey to the review: the person themselves, "none of these". */
export async function reachNoneReview(page: Page, ui: UiTexts): Promise<void> {
  await clickStart(page, ui);
  await answerStep(page, ui, 'audience', 'self');
  await answerStep(page, ui, 'age-group', '25-35');
  await answerStep(page, ui, 'substances', ['none']);
  await answerSteps(page, ui, noneSafetyPages);
  await expectReview(page, ui);
}

/** The shortest whole journey: the person themselves, "none of these", through the review to the result. */
export async function reachNoneResult(page: Page, ui: UiTexts): Promise<void> {
  await reachNoneReview(page, ui);
  await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
  await expectResult(page);
}
