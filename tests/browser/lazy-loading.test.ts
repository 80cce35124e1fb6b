import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { reachNoneResult } from './answering';
import { runJourney, useBrowser } from './journey';
import { handoverTexts, uiTexts } from './texts';

const ui = uiTexts.da;

/** The JS files the page has fetched so far, by their chunk's name ("HandoverScreen"). */
function scriptsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js'))
      .map((path) => (path.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '')),
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

describe('code loaded only when used', () => {
  const browser = useBrowser();

  it('a whole self-check fetches no clinician, export or hand-over code until the code is asked for', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await reachNoneResult(page, ui);
      const fetched = await scriptsFetched(page);
      expect(fetched).toContain('QuestionScreen');
      expect(fetched.filter((name) => onDemand.includes(name))).toEqual([]);
      await page.getByRole('button', { name: handoverTexts.da.share.show, exact: true }).click();
      await page.locator('[data-handover-code]').waitFor();
      expect(await scriptsFetched(page)).toContain('HandoverCode');
    });
  });

  it("the import view's code arrives when a clinician opens it", async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await page.getByRole('button', { name: handoverTexts.da.start.link }).click();
      await page.getByRole('heading', { level: 1, name: handoverTexts.da.import.title }).waitFor();
      expect(await scriptsFetched(page)).toContain('HandoverScreen');
    });
  });
});
