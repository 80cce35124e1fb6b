/**
 * Photographs every result type (scripts/resultJourneys.ts) into docs/screenshots/: the first
 * screen at 375 × 812 and the page at 1280 wide (cut at 1600 px), listed in docs/screenshots.md.
 * It builds nothing; serve the build first:
 *   npm run build && npx vite preview --port 4190 --strictPort &
 *   BASE_URL=http://localhost:4190/ npx tsx scripts/resultScreenshots.ts
 * ONLY=moderate-self photographs one journey. Each journey must reach its own level and flags.
 * OUT=.screenshots/full PHONE_FULL=1 writes the whole page at 375 px instead, for reading it through.
 * OUT=.screenshots/print PRINT=1 writes the whole page as it prints, at the width of A4.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import daUi from '../src/i18n/locales/da/ui.json';
import enUi from '../src/i18n/locales/en/ui.json';
import { chromiumLaunchOptions } from './chromium';
import {
  answerFor,
  personName,
  resultJourneys,
  screenshotName,
  type Answer,
  type Language,
  type ResultJourney,
} from './resultJourneys';

const baseUrl = process.env.BASE_URL ?? 'http://localhost:4190/';
const only = process.env.ONLY;
const out = process.env.OUT ?? 'docs/screenshots';
const phoneFullPage = process.env.PHONE_FULL === '1';
const asPrinted = process.env.PRINT === '1';
/** A4 at 96 px an inch. */
const a4 = { width: 794, height: 1123 };
const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 900 };
/** The desktop capture stops here, so the folder stays small. */
const maxDesktopHeight = 1600;
const pageTimeout = 10_000;
const ui: Record<Language, typeof daUi> = { da: daUi, en: enUi };

/** The page shown now: a question's id, `review`, `result`, or null while it is loading. */
function whereNow(page: Page, confirm: string): Promise<string | null> {
  return page.evaluate((confirmText) => {
    const item = document.querySelector('fieldset[data-item]')?.getAttribute('data-item');
    if (item) return item;
    if (document.querySelector('main[data-result-level]')) return 'result';
    const buttons = [...document.querySelectorAll('button')];
    return buttons.some((b) => b.textContent?.trim() === confirmText) ? 'review' : null;
  }, confirm);
}

/** Waits until the page shown is something other than `previous` (the journey loads lazily). */
async function nextPlace(page: Page, previous: string | null, confirm: string): Promise<string> {
  const started = Date.now();
  for (;;) {
    const now = await whereNow(page, confirm);
    if (now !== null && now !== previous) return now;
    if (Date.now() - started > pageTimeout) {
      throw new Error(`Still on ${previous ?? 'a loading page'} after ${pageTimeout} ms`);
    }
    await page.waitForTimeout(50);
  }
}

async function giveAnswer(page: Page, itemId: string, answer: Answer): Promise<void> {
  const fieldset = page.locator(`fieldset[data-item="${itemId}"]`);
  if (typeof answer === 'string') {
    await fieldset.locator(`input[type="radio"][value="${answer}"]`).check();
  } else if ('digits' in answer) {
    await fieldset.locator('input[type="text"]').fill(answer.digits);
  } else {
    for (const code of answer) await fieldset.locator(`input[value="${code}"]`).check();
  }
  // The relative names the person below the relationship question.
  if (itemId === 'relationship') await page.getByRole('textbox').fill(personName);
}

async function walkToResult(page: Page, journey: ResultJourney, language: Language): Promise<void> {
  const texts = ui[language];
  await page.getByRole('button', { name: texts.start.button, exact: true }).click();
  let place = await nextPlace(page, null, texts.review.confirm);
  while (place !== 'review' && place !== 'result') {
    const options = await page
      .locator(`fieldset[data-item="${place}"] input[value]`)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    await giveAnswer(page, place, answerFor(journey, place, options));
    await page.getByRole('button', { name: texts.question.continue, exact: true }).click();
    place = await nextPlace(page, place, texts.review.confirm);
  }
  // The review has the button above and below the answers.
  await page.getByRole('button', { name: texts.review.confirm, exact: true }).last().click();
  await page.locator('main[data-result-level]').waitFor({ timeout: pageTimeout });
}

/** Stops the script when the journey reached another result type than the one it is named for. */
async function checkResultType(page: Page, journey: ResultJourney): Promise<void> {
  const level = await page.locator('main[data-result-level]').getAttribute('data-result-level');
  const flags = await page
    .locator('[data-flag]')
    .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-flag')));
  const expected = [...journey.expectedFlags].sort().join(',');
  const found = [...new Set(flags)].sort().join(',');
  if (level !== journey.expectedLevel || found !== expected) {
    throw new Error(
      `${journey.name}: reached level ${level} with flags [${found}], ` +
        `expected ${journey.expectedLevel} with [${expected}]`,
    );
  }
}

async function photograph(page: Page, journey: ResultJourney, language: Language): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  if (asPrinted) {
    await page.setViewportSize(a4);
    // As Ctrl+P does: the app hears `beforeprint` (a relative's printout says "personen").
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: `${out}/${screenshotName(journey, language, a4.width)}`,
      fullPage: true,
      animations: 'disabled',
    });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    return;
  }
  await page.screenshot({
    path: `${out}/${screenshotName(journey, language, phone.width)}`,
    animations: 'disabled',
    fullPage: phoneFullPage,
  });
  if (phoneFullPage) return;
  await page.setViewportSize(desktop);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: `${out}/${screenshotName(journey, language, desktop.width)}`,
    fullPage: true,
    animations: 'disabled',
    clip: { x: 0, y: 0, width: desktop.width, height: Math.min(height, maxDesktopHeight) },
  });
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const journey of resultJourneys.filter((j) => !only || j.name === only)) {
    for (const language of journey.languages) {
      const context = await browser.newContext({ viewport: phone });
      const page = await context.newPage();
      await page.goto(`${baseUrl}?lng=${language}`);
      await walkToResult(page, journey, language);
      await checkResultType(page, journey);
      await photograph(page, journey, language);
      await context.close();
      console.log(`${journey.name} ${language}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${out}/`);
