import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { uiTexts, type UiTexts } from './texts';

/** How long a page may take to appear after a key press or click. */
const SCREEN_TIMEOUT = 5_000;

export function stepFieldset(page: Page, stepId: string): Locator {
  return page.locator(`fieldset[data-item="${stepId}"]`);
}

export function stepHeading(page: Page, stepId: string): Locator {
  return stepFieldset(page, stepId).locator('legend h1');
}

export function pageHeading(page: Page): Locator {
  return page.locator('main h1');
}

export function resultMain(page: Page): Locator {
  return page.locator('main[data-result-level]');
}

/** Where the journey is now, for failure messages: `start`, `question:<step id>`, `review`, `result`. */
export async function whereAmI(page: Page): Promise<string> {
  const { stepId, hasResult, heading } = await page.evaluate(() => ({
    stepId: document.querySelector('fieldset[data-item]')?.getAttribute('data-item') ?? null,
    hasResult: document.querySelector('main[data-result-level]') !== null,
    heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
  }));
  if (stepId) return `question:${stepId}`;
  if (hasResult) return 'result';
  const texts = Object.values(uiTexts);
  if (texts.some((ui) => ui.review.title === heading)) return 'review';
  if (texts.some((ui) => ui.start.title === heading)) return 'start';
  return `unknown page (h1 "${heading}")`;
}

async function expectShown(page: Page, target: Locator, where: string): Promise<void> {
  try {
    await target.waitFor({ timeout: SCREEN_TIMEOUT });
  } catch {
    expect(await whereAmI(page), 'the page shown').toBe(where);
  }
}

/**
 * The app has taken over the page as served (App marks #root): the served start page shows before
 * it, so only then can a test see that nothing was restored.
 */
export function appStarted(page: Page): Promise<void> {
  return page.locator('#root[data-app-started]').waitFor({ state: 'attached' });
}

export function expectStep(page: Page, stepId: string): Promise<void> {
  return expectShown(page, stepFieldset(page, stepId), `question:${stepId}`);
}

export function expectStart(page: Page, ui: UiTexts): Promise<void> {
  return expectShown(
    page,
    page.getByRole('heading', { level: 1, name: ui.start.title, exact: true }),
    'start',
  );
}

export function expectReview(page: Page, ui: UiTexts): Promise<void> {
  return expectShown(
    page,
    page.getByRole('heading', { level: 1, name: ui.review.title, exact: true }),
    'review',
  );
}

export function expectResult(page: Page): Promise<void> {
  return expectShown(page, resultMain(page), 'result');
}

/** What `describeFocus` says when focus has fallen to the body. */
export const NOTHING_FOCUSED = 'the body (nothing focused)';

/** The focused element in words: `input[type="radio"][value="yes"] in craving`, `h1 "Tjek dine svar"`. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate((nothing) => {
    const element = document.activeElement;
    if (!element || element === document.body) return nothing;
    const attributes = ['type', 'value', 'role', 'id']
      .map((name) => [name, element.getAttribute(name)] as const)
      .filter(([, value]) => value)
      .map(([name, value]) => `[${name}="${value}"]`)
      .join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const step = element.closest('fieldset[data-item]')?.getAttribute('data-item');
    return `${element.tagName.toLowerCase()}${attributes}${text ? ` "${text}"` : ''}${
      step ? ` in ${step}` : ''
    }`;
  }, NOTHING_FOCUSED);
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Focus is (or, within a moment, comes to be) on `target`; the message names what has it instead. */
export async function expectFocused(page: Page, target: Locator, what: string): Promise<void> {
  const handle = await target.elementHandle({ timeout: SCREEN_TIMEOUT });
  await page
    .waitForFunction((element) => element === document.activeElement, handle, { timeout: 2_000 })
    .catch(() => undefined);
  if (await isFocused(target)) return;
  expect(await describeFocus(page), `focus should be on ${what}`).toBe(what);
}

/** The tab's title names the page, with the error prefix only when the page shows errors. */
export async function expectTitle(page: Page, ui: UiTexts, { error = false } = {}): Promise<void> {
  const title = await page.title();
  const heading = (await pageHeading(page).textContent())?.trim() ?? '';
  expect(title.startsWith(ui.errors.titlePrefix), `"${title}" starts with the error prefix`).toBe(
    error,
  );
  // A question page is named by its place ("Question 4 of about 20"), never by its question.
  const progress = page.locator('.progress');
  const name =
    (await progress.count()) > 0 ? ((await progress.textContent())?.trim() ?? '') : heading;
  expect(title, 'the title names the page').toContain(name);
  if (name !== heading)
    expect(title, 'the title keeps the question private').not.toContain(heading);
}

/** No part of the page needs horizontal scrolling at the viewport's width. */
export async function expectNoHorizontalScroll(page: Page, width: number, where: string) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `scrollWidth on ${where} at ${width} px`).toBeLessThanOrEqual(width);
}

/**
 * A result level, as the texts name them (not the voiced `_relative`/`_clinician` variants, nor
 * the sentences for no use, none known, or a level raised by a safety flag alone).
 */
export type ResultLevel = Exclude<
  keyof UiTexts['result']['level'],
  'noUse' | 'noneKnown' | 'flagOnly' | 'flagOnlyNoUse' | `${string}_${string}`
>;
export type FlagId = 'urgent' | 'harm-reduction' | 'do-not-stop-abruptly';

/**
 * The result page shows `level` (attribute and its plain sentence, or `sentence` where the page
 * words it otherwise) and exactly the safety boxes `flags`, in that order, every one of them above
 * the level sentence on screen.
 */
export async function expectResultShows(
  page: Page,
  ui: UiTexts,
  {
    level,
    flags,
    sentence: wording = ui.result.level[level],
  }: { level: ResultLevel; flags: readonly FlagId[]; sentence?: string },
): Promise<void> {
  const main = resultMain(page);
  expect(await main.getAttribute('data-result-level'), 'data-result-level').toBe(level);
  const sentence = main.getByText(wording, { exact: true });
  expect(await sentence.count(), `the level sentence for "${level}"`).toBe(1);
  const boxes = main.locator('[data-flag]');
  const shown = await boxes.evaluateAll((all) => all.map((box) => box.getAttribute('data-flag')));
  expect(shown, 'the safety boxes').toEqual(flags);
  const inDomOrder = await sentence.evaluate((level) =>
    [...document.querySelectorAll('[data-flag]')].every(
      (box) => (box.compareDocumentPosition(level) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    ),
  );
  expect(inDomOrder, 'every safety box comes before the level in reading order').toBe(true);
  const sentenceTop = (await sentence.boundingBox())?.y ?? Number.NaN;
  for (const flag of flags) {
    const box = await main.locator(`[data-flag="${flag}"]`).boundingBox();
    expect(box, `the "${flag}" box is on screen`).not.toBeNull();
    expect(
      (box?.y ?? 0) + (box?.height ?? 0),
      `the "${flag}" box ends above the level`,
    ).toBeLessThanOrEqual(sentenceTop);
  }
}

/**
 * The result's own `tel:` links: the next step's and the help list's (not the footer's, which
 * every page has). A help card that only repeats the next step is left out, so both count.
 */
export function helpPhoneLinks(page: Page, ui: UiTexts): Locator {
  const help = resultMain(page).getByRole('region', { name: ui.result.help.title, exact: true });
  return resultMain(page).locator('.glance a[href^="tel:"]').or(help.locator('a[href^="tel:"]'));
}

/** The result's "Signs in your answers" as substance name → signs counted ("No signs" is 0). */
export function resultSignCounts(page: Page): Promise<Record<string, number>> {
  return resultMain(page)
    .locator('.substance-signs')
    .evaluateAll((blocks) =>
      Object.fromEntries(
        blocks.map((block) => [
          block.querySelector('h3')?.textContent?.trim() ?? '',
          Number(/\d+/.exec(block.querySelector('p')?.textContent ?? '')?.[0] ?? 0),
        ]),
      ),
    );
}

/** The clinician's intake summary, on the result or in the import view. */
export function intakeSummary(page: Page): Locator {
  return page.locator('section.intake-summary');
}

/** The intake table as it reads: column headings, then each row's cells (header cells included). */
export interface IntakeTable {
  caption: string;
  columns: string[];
  rows: string[][];
  footer: string[][];
}

export function readIntakeTable(page: Page): Promise<IntakeTable> {
  return intakeSummary(page)
    .locator('table')
    .evaluate((table) => {
      const cells = (row: Element) =>
        [...row.children].map((cell) => (cell.textContent ?? '').trim().replace(/\s+/g, ' '));
      const rows = (selector: string) => [...table.querySelectorAll(selector)].map(cells);
      return {
        caption: table.querySelector('caption')?.textContent?.trim() ?? '',
        columns: rows('thead tr')[0] ?? [],
        rows: rows('tbody tr'),
        footer: rows('tfoot tr'),
      };
    });
}

/**
 * The intake summary's criteria counts as substance name → count: the substance columns (after
 * the criterion and its ICD-11 group) and the first footer row ("Number of signs": "3 of 11 …").
 */
export async function intakeSignCounts(page: Page): Promise<Record<string, number>> {
  const { columns, footer } = await readIntakeTable(page);
  const counts = footer[0]?.slice(1) ?? [];
  return Object.fromEntries(
    columns.slice(2).map((substance, i) => [substance, Number(/\d+/.exec(counts[i] ?? '')?.[0])]),
  );
}

/** The intake summary's facts above the table (questionnaire, answered by, level…), term → value. */
export function intakeFacts(page: Page): Promise<Record<string, string>> {
  return intakeSummary(page)
    .locator('dl')
    .first()
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll('div')].map((row) => [
          row.querySelector('dt')?.textContent?.trim() ?? '',
          row.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      ),
    );
}

/** The buttons that download a FHIR resource (their names say "FHIR"). */
export function fhirButtons(page: Page): Locator {
  return page.getByRole('button', { name: /FHIR/ });
}

/** The section of a relative's result about themselves ("About you"). */
export function relativeSection(page: Page, ui: UiTexts): Locator {
  return resultMain(page).getByRole('region', { name: ui.result.relative.title, exact: true });
}
