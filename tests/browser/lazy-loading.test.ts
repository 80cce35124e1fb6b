import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerStep, clickStart, reachNoneResult } from './answering';
import { holdRequests, runJourney, scriptsFetched, useBrowser } from './journey';
import { appStarted, expectStart } from './screens';
import { handoverTexts, questionnaireTexts, uiTexts } from './texts';

const ui = uiTexts.da;

/** The JS files the page has fetched so far, by their chunk's name ("HandoverScreen"). */
async function chunksFetched(page: Page): Promise<string[]> {
  return (await scriptsFetched(page)).map((path) =>
    (path.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, ''),
  );
}

/** The clinician's and the export code: never fetched by a person who does not ask for it. */
const onDemand = [
  'HandoverScreen',
  'HandoverCode',
  'questionnaireResource',
  'questionnaireResponse',
  'questionnaireTag',
];

/** The journey past the start page: the state machine, the questionnaire, the pages, their texts. */
const journey = ['runFlow', 'appQuestionnaire', 'Journey', 'ResultScreen', 'da', 'contact'];

describe('code loaded only when used', () => {
  const browser = useBrowser();

  it('the start page comes without the journey, and Start pressed before it arrives waits for it', async () => {
    // The service worker would fetch every file at once (and past the route below): kept out here.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const release = await holdRequests(page, /\/assets\/runFlow-[\w-]+\.js$/);
      await page.goto(inject('baseUrl'));
      const start = page.getByRole('heading', { level: 1, name: ui.start.title, exact: true });
      await start.waitFor();
      expect((await chunksFetched(page)).filter((name) => journey.includes(name))).toEqual([]);

      // The start page's own choice answers at once; Start waits for the state machine.
      const remember = page.getByRole('checkbox', { name: ui.start.resume.label, exact: true });
      await remember.check();
      expect(await remember.isChecked()).toBe(true);
      await page.getByRole('button', { name: ui.start.button, exact: true }).click();
      await page.waitForTimeout(300);
      expect(await start.isVisible(), 'still the start page while the machine is held').toBe(true);

      release();
      const question = page.getByRole('heading', {
        level: 1,
        name: questionnaireTexts.da.items.audience?.title,
        exact: true,
      });
      await question.waitFor();
      expect(await question.evaluate((heading) => heading === document.activeElement)).toBe(true);
      expect(await chunksFetched(page)).toEqual(expect.arrayContaining(journey));
    } finally {
      await context.close();
    }
  });

  it('quick exit before the state machine has arrived still wipes the answers kept for a reload', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.getByRole('checkbox', { name: ui.start.resume.label, exact: true }).check();
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '25-35');
      expect(await page.evaluate(() => window.sessionStorage.length)).toBe(1);

      // After the reload the kept answers are read back, but the machine is held on its way.
      const runFlowChunk = /\/assets\/runFlow-[\w-]+\.js$/;
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(runFlowChunk, async (route) => {
        await held;
        // The page has left by then: its request is gone, and nothing is left to continue.
        await route.continue().catch(() => undefined);
      });
      await page.reload();
      await page.getByText(ui.start.restored, { exact: true }).waitFor();
      expect(await chunksFetched(page)).not.toContain('runFlow');

      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL('about:blank');
      release();
      await page.unroute(runFlowChunk);
      await page.goBack();
      await expectStart(page, ui);
      await appStarted(page);
      expect(await page.getByText(ui.start.restored).count(), 'nothing restored').toBe(0);
      expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a whole self-check fetches no clinician, export or hand-over code until the code is asked for', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await reachNoneResult(page, ui);
      const fetched = await chunksFetched(page);
      expect(fetched).toContain('Journey');
      expect(fetched.filter((name) => onDemand.includes(name))).toEqual([]);
      await page.getByRole('button', { name: handoverTexts.da.share.show, exact: true }).click();
      await page.locator('[data-handover-code]').waitFor();
      expect(await chunksFetched(page)).toContain('HandoverCode');
    });
  });

  it("the import view's code arrives when a clinician opens it", async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await page.getByRole('button', { name: uiTexts.da.start.professionals }).click();
      await page.getByRole('heading', { level: 1, name: handoverTexts.da.import.title }).waitFor();
      expect(await chunksFetched(page)).toContain('HandoverScreen');
    });
  });
});
