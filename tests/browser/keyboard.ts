import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { personNameField, type PlannedStep } from './answering';
import { expectNoAxeViolations } from './journey';
import {
  describeFocus,
  expectFocused,
  expectResult,
  expectReview,
  expectStart,
  expectStep,
  expectTitle,
  isFocused,
  pageHeading,
  stepFieldset,
  stepHeading,
} from './screens';
import { interpolate, uiTexts, type Language, type UiTexts } from './texts';

/*
 * A person using the keyboard alone. Every helper starts where the previous one left focus (on a
 * question page: its h1, where the app puts it) and checks where each key press lands.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */

/**
 * Tab from a question's h1 to its first field: past "Læs op", which stands first in the fieldset
 * (its own test, tests/browser/read-aloud.test.ts, checks that Tab reaches it).
 */
export async function tabFromHeading(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const onReadAloud = await page.evaluate(
    () => document.activeElement?.closest('[data-read-aloud-control]') !== null,
  );
  if (onReadAloud) await page.keyboard.press('Tab');
}

export async function tabTo(
  page: Page,
  target: Locator,
  what: string,
  { backwards = false, max = 100 } = {},
): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
  }
  expect(await describeFocus(page), `${max} presses of Tab should reach ${what}`).toBe(what);
}

function continueButton(page: Page, ui: UiTexts): Locator {
  return page.getByRole('button', { name: ui.question.continue, exact: true });
}

/** The Back button; its name carries the decorative '‹ ' the stylesheet puts before the word. */
export function backButton(page: Page, ui: UiTexts): Locator {
  return page.getByRole('button', { name: new RegExp(`^\\W*${ui.question.back}$`) });
}

/** The value of the focused radio or checkbox in this step's fieldset, or null. */
function focusedChoice(page: Page, stepId: string): Promise<string | null> {
  return page.evaluate((id) => {
    const element = document.activeElement;
    return element instanceof HTMLInputElement &&
      (element.type === 'radio' || element.type === 'checkbox') &&
      element.closest('fieldset')?.getAttribute('data-item') === id
      ? element.value
      : null;
  }, stepId);
}

function choiceValues(fieldset: Locator, type: 'radio' | 'checkbox'): Promise<string[]> {
  return fieldset
    .locator(`input[type="${type}"]`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function labelOf(fieldset: Locator, code: string): Promise<string> {
  const id = await fieldset.locator(`input[value="${code}"]`).getAttribute('id');
  return ((await fieldset.locator(`label[for="${id}"]`).textContent()) ?? '').trim();
}

/**
 * From the step's h1: Tab into the radio group, then Space (first option, nothing chosen yet) or the
 * arrow keys to choose `code`. Returns the chosen option's label.
 */
export async function chooseRadioByKeys(page: Page, stepId: string, code: string) {
  const fieldset = stepFieldset(page, stepId);
  const values = await choiceValues(fieldset, 'radio');
  const target = values.indexOf(code);
  expect(target, `"${code}" is an option on ${stepId}: ${values.join(', ')}`).toBeGreaterThan(-1);
  await tabFromHeading(page);
  const from = await focusedChoice(page, stepId);
  expect(from, `Tab from the h1 of ${stepId} enters its radio group`).not.toBeNull();
  const at = values.indexOf(from ?? '');
  const radio = fieldset.locator(`input[value="${code}"]`);
  if (at === target) {
    if (!(await radio.isChecked())) await page.keyboard.press('Space');
  } else {
    const key = target > at ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(target - at); i += 1) await page.keyboard.press(key);
  }
  expect(await radio.isChecked(), `${stepId}: "${code}" chosen by keyboard`).toBe(true);
  await expectFocused(page, radio, `the radio "${code}" in ${stepId}`);
  return labelOf(fieldset, code);
}

/**
 * From the step's h1: Tab through every checkbox, Space on those to change, so exactly `codes` are
 * ticked; then Tab to Continue and Shift+Tab back to the last checkbox. Returns the ticked labels.
 */
export async function tickByKeys(page: Page, stepId: string, codes: readonly string[]) {
  const fieldset = stepFieldset(page, stepId);
  const values = await choiceValues(fieldset, 'checkbox');
  for (const [index, value] of values.entries()) {
    await (index === 0 ? tabFromHeading(page) : page.keyboard.press('Tab'));
    expect(
      await focusedChoice(page, stepId),
      `Tab reaches checkbox ${index + 1} on ${stepId}`,
    ).toBe(value);
    const box = fieldset.locator(`input[value="${value}"]`);
    if ((await box.isChecked()) !== codes.includes(value)) await page.keyboard.press('Space');
  }
  const ticked = await fieldset
    .locator('input[type="checkbox"]:checked')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(ticked, `${stepId}: ticked by keyboard`).toEqual(values.filter((v) => codes.includes(v)));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedChoice(page, stepId), `Shift+Tab from Continue on ${stepId}`).toBe(
    values.at(-1),
  );
  return Promise.all(codes.map((code) => labelOf(fieldset, code)));
}

/** From the step's h1: Tab into the text box, clear it and type `text` key by key. */
export async function typeByKeys(page: Page, stepId: string, text: string): Promise<void> {
  const input = stepFieldset(page, stepId).locator('input[type="text"]');
  await tabFromHeading(page);
  await expectFocused(page, input, `the text box in ${stepId}`);
  if ((await input.inputValue()) !== '') {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  }
  await page.keyboard.type(text);
  expect(await input.inputValue(), `${stepId}: typed by keyboard`).toBe(text);
}

/** The closed "help me work out genstande" button beneath the typical-day page's number field. */
export function drinkCalculatorToggle(page: Page, ui: UiTexts): Locator {
  return page.getByRole('button', { name: ui.drinkCalculator.toggle, exact: true });
}

/** From the last field: Tab to Continue (past the closed drink calculator, where there is one), then Enter. */
export async function continueByKeys(page: Page, ui: UiTexts, stepId: string): Promise<void> {
  await page.keyboard.press('Tab');
  const toggle = drinkCalculatorToggle(page, ui);
  if ((await toggle.count()) > 0 && (await isFocused(toggle))) {
    expect(await toggle.getAttribute('aria-expanded'), 'the drink calculator is closed').toBe(
      'false',
    );
    await page.keyboard.press('Tab');
  }
  await expectFocused(page, continueButton(page, ui), `the Continue button on ${stepId}`);
  await page.keyboard.press('Enter');
}

/** From the step's h1: Shift+Tab to the Back button (it comes right before the question), Enter. */
export async function backByKeys(page: Page, ui: UiTexts, stepId: string): Promise<void> {
  await expectFocused(page, stepHeading(page, stepId), `the h1 of ${stepId}`);
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, backButton(page, ui), `the Back button on ${stepId}`);
  await page.keyboard.press('Enter');
}

/** From the step's h1: gives the planned answer by keyboard; returns the answer's label(s). */
export async function answerByKeys(
  page: Page,
  stepId: string,
  answer: string | readonly string[] | { digits: string },
): Promise<string> {
  if (typeof answer === 'string') return chooseRadioByKeys(page, stepId, answer);
  if ('digits' in answer) {
    await typeByKeys(page, stepId, answer.digits);
    return answer.digits;
  }
  return (await tickByKeys(page, stepId, answer)).join(', ');
}

/**
 * From the chosen radio on the `relationship` page: Tab to the optional name field beneath the
 * question and type `name` key by key.
 */
export async function typePersonNameByKeys(page: Page, ui: UiTexts, name: string): Promise<void> {
  const input = personNameField(page, ui);
  await tabFromHeading(page);
  await expectFocused(page, input, 'the name field on relationship');
  await page.keyboard.type(name);
  expect(await input.inputValue(), 'the name typed by keyboard').toBe(name);
}

/*
 * A whole journey by keyboard: a person who checks every screen on arrival (axe, focus, title).
 */

export interface KeyboardPerson {
  page: Page;
  ui: UiTexts;
  language: Language;
  /** Each question's h1 as it was shown: to find its row on the review, and to check its voice. */
  titles: Map<string, string>;
}

export function keyboardPerson(page: Page, language: Language): KeyboardPerson {
  return { page, ui: uiTexts[language], language, titles: new Map() };
}

/** On arrival at a page: it is the one expected, its h1 has focus, the title names it, axe is clean. */
export async function arrive(
  person: KeyboardPerson,
  where: string,
  { axe = true } = {},
): Promise<void> {
  const { page, ui, language } = person;
  let heading: Locator;
  if (where === 'review') {
    await expectReview(page, ui);
    heading = pageHeading(page);
  } else if (where === 'result') {
    await expectResult(page);
    heading = pageHeading(page);
  } else {
    await expectStep(page, where);
    heading = stepHeading(page, where);
    person.titles.set(where, ((await heading.textContent()) ?? '').trim());
  }
  await expectFocused(page, heading, `the h1 of ${where}`);
  await expectTitle(page, ui);
  if (axe) await expectNoAxeViolations(page, `${where} (${language})`);
}

/** Each planned page: arrive, answer by keyboard, Tab to Continue and press Enter. */
export async function walk(person: KeyboardPerson, plan: readonly PlannedStep[]): Promise<void> {
  for (const [stepId, answer] of plan) {
    await arrive(person, stepId);
    await answerByKeys(person.page, stepId, answer);
    await continueByKeys(person.page, person.ui, stepId);
  }
}

/**
 * Continue was pressed with no valid answer: the error summary has focus, the title says "Error",
 * axe is clean, and the summary's link (Tab, Enter) puts focus on the first field.
 */
export async function followErrorSummary(person: KeyboardPerson, stepId: string, fieldId: string) {
  const { page, ui, language } = person;
  const summary = page.getByRole('alert');
  await expectFocused(page, summary, 'the error summary');
  expect(await summary.getByRole('heading').textContent()).toBe(ui.errors.summaryTitle);
  await expectTitle(page, ui, { error: true });
  await expectNoAxeViolations(page, `${stepId} with an error (${language})`);
  const link = summary.getByRole('link');
  expect(await link.getAttribute('href'), 'the error links to the first field').toBe(`#${fieldId}`);
  await page.keyboard.press('Tab');
  await expectFocused(page, link, 'the link in the error summary');
  await page.keyboard.press('Enter');
  await expectFocused(page, page.locator(`[id="${fieldId}"]`), `the first field of ${stepId}`);
}

export async function startByKeys(person: KeyboardPerson): Promise<void> {
  const { page, ui, language } = person;
  await expectStart(page, ui);
  expect(await page.locator('html').getAttribute('lang'), '<html lang>').toBe(language);
  await expectTitle(page, ui);
  await expectNoAxeViolations(page, `start (${language})`);
  const start = page.getByRole('button', { name: ui.start.button, exact: true });
  await tabTo(page, start, 'the Start button');
  await page.keyboard.press('Enter');
}

/** From the review: Tab to the "Change" button of `stepId`'s row and press Enter. */
export async function changeFromReview(person: KeyboardPerson, stepId: string): Promise<void> {
  const { page, ui } = person;
  const question = person.titles.get(stepId) ?? stepId;
  const name = `${ui.review.change} ${interpolate(ui.review.changeHidden, { question })}`;
  await tabTo(page, page.getByRole('button', { name, exact: true }), `"${name}"`);
  await page.keyboard.press('Enter');
}

/** The review's rows as [question, answer], in order. */
export function reviewRows(page: Page): Promise<[string, string][]> {
  return page
    .locator('.summary-list__row')
    .evaluateAll((rows) =>
      rows.map((row): [string, string] => [
        row.querySelector('dt')?.textContent?.trim() ?? '',
        row.querySelector('dd')?.textContent?.trim() ?? '',
      ]),
    );
}

/** The answer the review shows for the question page `stepId` (found by its h1). */
export async function reviewAnswer(
  person: KeyboardPerson,
  stepId: string,
): Promise<string | undefined> {
  const question = person.titles.get(stepId);
  return (await reviewRows(person.page)).find(([q]) => q === question)?.[1];
}

export async function confirmByKeys(person: KeyboardPerson): Promise<void> {
  const { page, ui } = person;
  const confirm = page.getByRole('button', { name: ui.review.confirm, exact: true });
  await tabTo(page, confirm, 'the "see the result" button');
  await page.keyboard.press('Enter');
}
