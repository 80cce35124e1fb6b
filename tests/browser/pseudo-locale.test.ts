import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import enContact from '../../src/i18n/locales/en/contact.json';
import enHandover from '../../src/i18n/locales/en/handover.json';
import enUi from '../../src/i18n/locales/en/ui.json';
import definition from '../../questionnaires/rusmiddeltjek/definition.json';
import enQuestionnaire from '../../questionnaires/rusmiddeltjek/en.json';
import { configFileVariable } from '../../scripts/deploymentConfigPlugin';
import { pseudoMode, pseudoTexts } from '../../scripts/pseudoLocale';
import { exampleProvider } from '../support/exampleProvider';
import {
  answerRelationship,
  answerStep,
  answerSteps,
  clickStart,
  longJourney,
  signPages,
  type PlannedStep,
} from './answering';
import { showHandoverCode } from './exports';
import { useBrowser } from './journey';
import { drinkCalculatorToggle } from './keyboard';
import { expectPseudoScreen } from './pseudoChecks';
import {
  expectResult,
  expectReview,
  expectStart,
  expectStep,
  intakeSummary,
  resultMain,
} from './screens';

/*
 * Every kind of screen in the pseudo-locale (scripts/pseudoLocale.ts) at 320 px: any string that
 * did not come through the texts shows in plain letters, and any text too long for a narrow phone
 * overflows. The app is built in `--mode pseudo` into a folder of its own, with a provider
 * configured so that the callback form shows.
 */

const WIDTH = 320;
const ui = pseudoTexts(enUi);
const handover = pseudoTexts(enHandover);
const contact = pseudoTexts(enContact);
const questionnaire = pseudoTexts(enQuestionnaire);

// Not texts, allowed in plain letters: what the deployment configures, what a person types, and the
// questionnaire's id, which the clinician's summary names it by (as its FHIR export does).
// The callback goes to the preview server's own address, where no endpoint answers.
const provider = { ...exampleProvider, callbackEndpoint: '/api/callback' };
const personName = 'Kim';
const typed = [provider.name, provider.hours.en, personName, definition.id];

let outDir = '';
let server: PreviewServer | undefined;
let pseudoUrl = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'rusmiddeltjek-pseudo-'));
  const configFile = join(outDir, 'config.json');
  await writeFile(configFile, JSON.stringify({ provider }));
  const { NODE_ENV: nodeEnv, [configFileVariable]: configured } = process.env;
  // Vitest runs with NODE_ENV=test: build React's production bundle, as what ships.
  process.env.NODE_ENV = 'production';
  process.env[configFileVariable] = configFile;
  try {
    await build({
      mode: pseudoMode,
      logLevel: 'warn',
      build: { outDir: join(outDir, 'dist'), emptyOutDir: true },
    });
    server = await preview({
      mode: pseudoMode,
      logLevel: 'warn',
      build: { outDir: join(outDir, 'dist') },
      preview: { port: 0, host: '127.0.0.1' },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    process.env[configFileVariable] = configured ?? '';
  }
  pseudoUrl = server.resolvedUrls?.local[0] ?? '';
  if (!pseudoUrl) throw new Error('The pseudo-locale preview server has no local address');
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A fresh 320 px wide context on the pseudo-locale's start page (/en/). */
async function openPseudo(browser: Browser, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL('en/', pseudoUrl).toString());
    await expectStart(page, ui);
    await run(page);
  } finally {
    await context.close();
  }
}

/** Opens every disclosure on the page, so that what is inside is looked at too. */
async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** The result, with its disclosures open. */
async function checkResult(page: Page, audience: string): Promise<void> {
  await expectResult(page);
  await expectPseudoScreen(page, `the result (${audience})`, typed);
  await openDisclosures(page);
  await expectPseudoScreen(page, `the result (${audience}), every disclosure open`, typed);
}

/** Answers the plan page by page, looking at each page before it is answered. */
async function walk(page: Page, plan: readonly PlannedStep[]): Promise<void> {
  await answerSteps(page, ui, plan, async (stepId) => {
    await expectPseudoScreen(page, `the question page ${stepId}`, typed);
    if (stepId === 'alcohol-typical-day') {
      await drinkCalculatorToggle(page, ui).click();
      await expectPseudoScreen(page, 'the drink calculator', typed);
    }
  });
}

describe(`the pseudo-locale at ${WIDTH} px`, () => {
  const browser = useBrowser();

  it('the person themselves: start, privacy, every kind of question, review, result, plan, callback form, hand-over code and import view', async () => {
    let code = '';
    await openPseudo(browser(), async (page) => {
      await expectPseudoScreen(page, 'the start page');
      await page.keyboard.press('Tab');
      await expectPseudoScreen(page, 'the start page with the skip link focused');
      await page.getByRole('button', { name: ui.privacy.link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: ui.privacy.title, exact: true }).waitFor();
      await expectPseudoScreen(page, 'the privacy page');
      await page.getByRole('button', { name: ui.question.back, exact: true }).first().click();

      await clickStart(page, ui);
      await expectStep(page, 'audience');
      // A page's error state: Continue with nothing chosen.
      await page.getByRole('button', { name: ui.question.continue, exact: true }).click();
      await page.getByRole('alert').waitFor();
      await expectPseudoScreen(page, 'a question page with its error');
      await walk(page, longJourney('self'));

      await expectReview(page, ui);
      await expectPseudoScreen(page, 'the review');
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
      await checkResult(page, 'self');

      const plan = resultMain(page).getByRole('region', { name: ui.plan.title, exact: true });
      await plan.getByRole('button', { name: ui.plan.open, exact: true }).click();
      await expectPseudoScreen(page, 'the plan, open', typed);

      const form = resultMain(page).getByRole('region', { name: contact.title, exact: true });
      await form.getByRole('button', { name: contact.send, exact: true }).click();
      await page.getByRole('alert').first().waitFor();
      await expectPseudoScreen(page, 'the callback form with its errors', typed);
      await form
        .getByRole('textbox', { name: contact.fields.name.label, exact: true })
        .fill(personName);
      await form
        .getByRole('textbox', { name: contact.fields.phone.label, exact: true })
        .fill('12 34 56 78');
      await form.getByRole('radio').first().check();
      await form.getByRole('checkbox', { name: contact.fields.consent.label, exact: true }).check();
      await form.getByRole('button', { name: contact.send, exact: true }).click();
      // The preview server has no endpoint: sending fails, as it does when the provider is down.
      await form.getByText(contact.failure.kept, { exact: true }).waitFor();
      await expectPseudoScreen(page, 'the callback form after sending failed', typed);

      code = await showHandoverCode(page, handover);
      await expectPseudoScreen(page, 'the result with the hand-over code', typed);
    });

    // A counsellor's browser: the import view, the code mistyped, then right.
    await openPseudo(browser(), async (page) => {
      await page.getByRole('button', { name: ui.start.professionals, exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: handover.import.title, exact: true })
        .waitFor();
      await expectPseudoScreen(page, 'the import view');
      const field = page.getByRole('textbox', { name: handover.import.codeLabel, exact: true });
      await field.fill(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
      await field.press('Enter');
      await page.getByRole('alert').waitFor();
      await expectPseudoScreen(page, 'the import view with a mistyped code');
      await field.fill(code);
      await field.press('Enter');
      await intakeSummary(page).waitFor();
      await openDisclosures(page);
      await expectPseudoScreen(page, "the import view with the client's summary", typed);
    });
  }, 300_000);

  it('a relative: the name field, their questions and the result about them', async () => {
    await openPseudo(browser(), async (page) => {
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'relative');
      await expectStep(page, 'relationship');
      await expectPseudoScreen(page, 'the question page relationship, with the name field', typed);
      await answerRelationship(page, ui, 'sibling', personName);
      // Cannabis only (no drink pages: the person's own journey has them), and the relative's own pages.
      await walk(page, [
        ['age-group', '18-24'],
        ['substances', ['cannabis']],
        ['frequency.cannabis', 'daily'],
        ['pregnancy', 'dont-know'],
        ...signPages(
          { craving: null, tolerance: null },
          { dontKnow: ['withdrawal', 'hazardous-use'] },
        ),
        ['overdose', 'dont-know'],
        ['self-harm', 'dont-know'],
        ['relative-worry', 'yes'],
        ['relative-sleep', 'yes'],
        ['relative-conflict', 'no'],
        ['relative-unsafe', 'yes'],
        ['children-at-home', 'no'],
      ]);
      await expectReview(page, ui);
      await expectPseudoScreen(page, 'the review (relative)', typed);
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
      await checkResult(page, 'relative');
    });
  }, 240_000);

  it('a clinician: the result, with its summary and exports', async () => {
    await openPseudo(browser(), async (page) => {
      await clickStart(page, ui);
      await walk(page, longJourney('clinician'));
      await expectReview(page, ui);
      await expectPseudoScreen(page, 'the review (clinician)', typed);
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
      await checkResult(page, 'clinician');
    });
  }, 240_000);
});

/** Every file the production build wrote (the browser project's globalSetup builds it into dist). */
async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the production build', () => {
  it('carries no text in the pseudo-locale', async () => {
    const samples = [ui.start.title, ui.question.continue, questionnaire.title, contact.send];
    const found: string[] = [];
    for (const file of await builtFiles('dist')) {
      const content = await readFile(file, 'utf8');
      for (const sample of samples) if (content.includes(sample)) found.push(`${file}: ${sample}`);
    }
    expect(found, 'pseudo-locale texts in dist').toEqual([]);
  });
});
