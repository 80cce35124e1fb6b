import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerRelationship,
  answerStep,
  answerSteps,
  clickStart,
  confirmReview,
  personNameField,
  signPages,
  type PlannedStep,
} from './answering';
import { downloadFhirFiles, jsonKeys, showHandoverCode } from './exports';
import { runJourney, useBrowser } from './journey';
import { backButton } from './keyboard';
import {
  expectReview,
  expectStart,
  expectStep,
  fhirButtons,
  resultMain,
  stepHeading,
} from './screens';
import { handoverTexts, uiTexts } from './texts';

/*
 * A relative may give the person's first name so the questions can use it. It lives in the page's
 * memory only: never in storage, the address, history, the tab's title or anything exported.
 */

const name = 'Kim';
/** The name in any case, anywhere in a string. */
const theName = new RegExp(name, 'i');
const ui = uiTexts.da;
const handover = handoverTexts.da;

/** Everything a page keeps or shows beyond its content, at one moment of the journey. */
interface Trace {
  where: string;
  href: string;
  title: string;
  historyState: string;
  sessionStorage: string;
  localStorage: string;
  cookie: string;
}

async function trace(page: Page, where: string): Promise<Trace> {
  const seen = await page.evaluate(() => ({
    href: window.location.href,
    title: document.title,
    historyState: JSON.stringify(window.history.state),
    sessionStorage: JSON.stringify(Object.entries(window.sessionStorage)),
    localStorage: JSON.stringify(Object.entries(window.localStorage)),
    cookie: document.cookie,
  }));
  return { where, ...seen };
}

function expectNameInNoTrace(traces: readonly Trace[]): void {
  const leaks = traces.flatMap(({ where, ...seen }) =>
    Object.entries(seen)
      .filter(([, value]) => theName.test(value))
      .map(([what, value]) => `${where}, ${what}: ${value}`),
  );
  expect(leaks, `"${name}" kept or shown outside the page's content`).toEqual([]);
}

/** The relative's journey after the name: two substances, "don't know" to two signs. */
const relativePlan: PlannedStep[] = [
  ['age-group', '18-24'],
  ['substances', ['alcohol', 'cannabis']],
  ['frequency.cannabis', 'several-weekly'],
  ['alcohol-days', { digits: '1' }],
  ['alcohol-typical-day', { digits: '3' }],
  ['alcohol-heavy-days', 'monthly'],
  ['pregnancy', 'not-relevant'],
  ...signPages({ craving: ['cannabis'], tolerance: ['cannabis'] }, { dontKnow: ['time-spent'] }),
  ['mixing', 'yes'],
  ['overdose', 'no'],
  ['severe-withdrawal', 'no'],
  ['self-harm', 'no'],
  ['relative-worry', 'yes'],
  ['relative-sleep', 'yes'],
  ['relative-conflict', 'no'],
  ['relative-unsafe', 'yes'],
  ['children-at-home', 'no'],
];

/**
 * Starts as a relative who types the name, sees it in the next question, then goes back and
 * answers the first page as `audience` instead: the name is still in the page's memory.
 */
async function nameThenAnswerAs(page: Page, audience: 'self' | 'clinician'): Promise<void> {
  await clickStart(page, ui);
  await answerStep(page, ui, 'audience', 'relative');
  await answerRelationship(page, ui, 'partner', name);
  await expectStep(page, 'age-group');
  expect(await stepHeading(page, 'age-group').textContent()).toContain(name);
  await backButton(page, ui).click();
  await expectStep(page, 'relationship');
  expect(await personNameField(page, ui).inputValue(), 'the name, kept in memory').toBe(name);
  await backButton(page, ui).click();
  await answerStep(page, ui, 'audience', audience);
}

describe("a relative's name for the person", () => {
  const browser = useBrowser();

  it('is in no storage, cookie, address, history entry or title, even with answers kept for a reload', async () => {
    await runJourney(browser(), {}, async ({ page, context }) => {
      const traces: Trace[] = [];
      const record = async (where: string) => {
        traces.push(await trace(page, where));
      };
      await expectStart(page, ui);
      await page.getByRole('checkbox', { name: ui.start.resume.label }).check();
      await record('start');
      await clickStart(page, ui);
      await answerSteps(page, ui, [['audience', 'relative']], record);
      await record('relationship');
      await answerRelationship(page, ui, 'sibling', name);
      await answerSteps(page, ui, relativePlan, record);
      await expectReview(page, ui);
      await record('review');
      await confirmReview(page, ui);
      await record('result');

      // The name was really used: in the questions and on the result.
      const shownOnResult = await resultMain(page).innerText();
      expect(shownOnResult, 'the result speaks of the person by name').toContain(name);
      // With the answers kept for a reload, the snapshot is there, and holds no name.
      const stored = await page.evaluate(() => Object.entries(window.sessionStorage));
      expect(
        stored.map(([key]) => key),
        'the answers kept for a reload',
      ).toHaveLength(1);
      const [, snapshot] = stored[0] ?? ['', ''];
      expect(JSON.parse(snapshot), 'the snapshot').toMatchObject({
        answers: { audience: 'relative', relationship: 'sibling' },
      });
      expect(snapshot, 'the snapshot').not.toMatch(theName);
      expect(traces.length, 'pages traced').toBeGreaterThan(relativePlan.length);
      expectNameInNoTrace(traces);
      const state = await context.storageState();
      expect(state.cookies, 'cookies').toEqual([]);
      expect(JSON.stringify(state.origins), 'storage of every origin').not.toMatch(theName);
      const databases = await page.evaluate(() => indexedDB.databases());
      expect(databases, 'IndexedDB').toEqual([]);
      // A relative's result offers no file or code to take away.
      expect(await fhirButtons(page).count(), 'FHIR downloads').toBe(0);
      expect(await page.getByRole('button', { name: handover.share.show }).count()).toBe(0);

      // After a reload the answers come back, but the name does not: it was never stored.
      await page.reload();
      await expectStart(page, ui);
      // The served page is the start page at once; the app then says what it restored.
      await page.getByText(ui.start.restored, { exact: true }).waitFor();
      await page.getByRole('button', { name: ui.start.continue, exact: true }).click();
      await expectReview(page, ui);
      await record('review after a reload');
      const review = await page.locator('main').innerText();
      expect(review, 'the review after a reload').not.toMatch(theName);
      expect(review, 'the review says "the person" instead').toContain(ui.voice.thePerson);
      expectNameInNoTrace(traces);

      // "Delete my answers" wipes the snapshot (runJourney then checks nothing is stored) and
      // the name: a new relative's journey starts with an empty name field.
      await page.getByRole('button', { name: ui.clearAnswers.button, exact: true }).click();
      await expectStart(page, ui);
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'relative');
      await expectStep(page, 'relationship');
      expect(await personNameField(page, ui).inputValue(), 'the name after deleting').toBe('');
    });
  }, 90_000);

  it("is in neither FHIR file, which name no one, when a relative's journey becomes a clinician's", async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await nameThenAnswerAs(page, 'clinician');
      await answerSteps(page, ui, [
        ['age-group', '36-64'],
        ['substances', ['alcohol', 'opioids']],
        ['frequency.opioids', 'weekly'],
        ['alcohol-days', { digits: '7' }],
        ['alcohol-typical-day', { digits: '8' }],
        ['alcohol-heavy-days', 'most-days'],
        ['pregnancy', 'dont-know'],
        ...signPages({ craving: ['alcohol', 'opioids'], withdrawal: ['opioids'] }),
        ['injecting', 'dont-know'],
        ['mixing', 'yes'],
        ['overdose', 'earlier'],
        ['severe-withdrawal', 'no'],
        ['self-harm', 'no'],
      ]);
      await confirmReview(page, ui);
      expect(await resultMain(page).innerText(), 'the result').not.toMatch(theName);

      const { questionnaire, response } = await downloadFhirFiles(page, handover);
      for (const file of [questionnaire, response]) {
        expect(file.text, file.fileName).not.toMatch(theName);
      }
      expect(response.json.resourceType).toBe('QuestionnaireResponse');
      const keys = jsonKeys(response.json);
      for (const naming of ['subject', 'author', 'source', 'identifier', 'contained']) {
        expect(keys.has(naming), `"${naming}" in ${response.fileName}`).toBe(false);
      }
      expect(jsonKeys(questionnaire.json).has('subject'), questionnaire.fileName).toBe(false);
    });
  });

  it("is not in a person's own hand-over code, which has only A–Z, 0–9 and hyphens", async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await nameThenAnswerAs(page, 'self');
      await answerSteps(page, ui, [
        ['age-group', '25-35'],
        ['substances', ['alcohol', 'cannabis']],
        ['frequency.cannabis', 'weekly'],
        ['alcohol-days', { digits: '1' }],
        ['alcohol-typical-day', { digits: '4' }],
        ['alcohol-heavy-days', 'monthly'],
        ['pregnancy', 'no'],
        ...signPages({ craving: ['cannabis'], 'larger-amounts': ['alcohol', 'cannabis'] }),
        ['mixing', 'no'],
        ['overdose', 'no'],
        ['severe-withdrawal', 'no'],
        ['self-harm', 'no'],
      ]);
      await confirmReview(page, ui);
      expect(await resultMain(page).innerText(), 'the result').not.toMatch(theName);
      const code = await showHandoverCode(page, handover);
      expect(code, 'the hand-over code').toMatch(/^RT1(-[0-9A-Z]{1,4})+$/);
      expect(code).toMatch(/^[A-Z0-9-]+$/);
    });
  });
});
