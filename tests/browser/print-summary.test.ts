import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { journeyPlan } from '../../scripts/bench/journeyPlan';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { answerSteps, clickStart, confirmReview } from './answering';
import { downloadFhirFiles, pdfPageCount, printSummaryButton, printToA4 } from './exports';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { expectStart, intakeFacts, intakeSummary, pageHeading, readIntakeTable } from './screens';
import { handoverTexts, uiTexts } from './texts';

/*
 * The intake summary prints alone, on one A4 page (src/app/styles.css, @media print), from the
 * clinician's result and from the import view — with a table as wide as seven substances make it.
 */

const ui = uiTexts.da;
const handover = handoverTexts.da;
/** A4 less the stylesheet's 12 mm margins, in CSS pixels (96 to the inch). */
const printableWidth = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/** Seven substances, every sign "yes" for all of them, and every safety question raising a flag. */
const widePlan = journeyPlan(realQuestionnaire, {
  audience: 'clinician',
  'age-group': '18-24',
  substances: [
    'alcohol',
    'cannabis',
    'opioid-painkillers',
    'sedatives',
    'opioids',
    'stimulants',
    'hallucinogens',
  ],
  'alcohol-typical-day': 7,
  'alcohol-heavy-days': 'weekly',
  'prescribed.opioid-painkillers': 'more-than-prescribed',
  'prescribed.sedatives': 'dont-know',
  'larger-amounts': 'yes',
  'cut-down': 'yes',
  'time-spent': 'dont-know',
  craving: 'yes',
  'hazardous-use': 'yes',
  tolerance: 'yes',
  withdrawal: 'yes',
  injecting: 'yes',
  'sharing-equipment': 'yes',
  mixing: 'yes',
  overdose: 'past-4-weeks',
});

/**
 * In print: of the page's own content only the intake summary shows (no header, footer, heading
 * or buttons), and at A4's printable width its table needs no more room than the page has.
 */
async function expectPrintsOnlyTheSummary(page: Page, where: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: printableWidth, height: 1000 });
  try {
    const shown = await page.evaluate(() => {
      const visible = (element: Element) => getComputedStyle(element).display !== 'none';
      const container = document.querySelector('main > .result');
      return {
        inMain: [...(container?.children ?? [])]
          .filter(visible)
          .map((element) => element.className || element.tagName.toLowerCase()),
        header: [...document.querySelectorAll('header, footer')].filter(visible).length,
      };
    });
    expect(shown, `what prints on ${where}`).toEqual({ inMain: ['intake-summary'], header: 0 });
    expect(await pageHeading(page).isVisible(), `the h1 printed on ${where}`).toBe(false);
    const widths = await intakeSummary(page).evaluate((summary) => ({
      table: summary.querySelector('table')?.scrollWidth ?? 0,
      summary: summary.clientWidth,
      page: document.documentElement.scrollWidth,
    }));
    expect(widths.table, `the table's width on ${where}`).toBeLessThanOrEqual(widths.summary);
    expect(widths.page, `the page's width on ${where}`).toBeLessThanOrEqual(printableWidth);
  } finally {
    await page.emulateMedia({ media: 'screen' });
    if (viewport) await page.setViewportSize(viewport);
  }
}

describe('the intake summary in print', () => {
  const browser = useBrowser();

  it('is one A4 page from the result, and again from the import view after reading the FHIR file', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await clickStart(page, ui);
      await answerSteps(page, ui, widePlan);
      await confirmReview(page, ui);
      const table = await readIntakeTable(page);
      expect(table.columns, 'the criterion, its ICD-11 group and seven substances').toHaveLength(9);
      expect(await printSummaryButton(page, ui).count(), 'the print button').toBe(1);

      // Seven substances: the widest table still fits A4's printable width, on one page.
      await expectPrintsOnlyTheSummary(page, 'the result');
      expect(pdfPageCount(await printToA4(page)), 'pages printed from the result').toBe(1);

      const facts = await intakeFacts(page);
      const { response } = await downloadFhirFiles(page, handover);

      // A colleague reads the file in a fresh tab, where nothing of the journey is.
      await runJourney(browser(), {}, async ({ page: reader }) => {
        await expectStart(reader, ui);
        await reader.getByRole('button', { name: ui.start.professionals, exact: true }).click();
        await reader
          .getByRole('heading', { level: 1, name: handover.import.title, exact: true })
          .waitFor({ timeout: 5_000 });
        await reader.getByLabel(handover.import.fileLabel, { exact: true }).setInputFiles({
          name: response.fileName,
          mimeType: 'application/fhir+json',
          buffer: Buffer.from(response.text),
        });
        await reader.getByRole('button', { name: handover.import.readFile, exact: true }).click();
        await intakeSummary(reader).waitFor({ timeout: 5_000 });
        await expectNoAxeViolations(reader, 'the import view with the summary from a file');

        expect(await readIntakeTable(reader), 'the table read from the file').toEqual(table);
        const { [ui.summary.madeAt]: madeAt, ...readFacts } = await intakeFacts(reader);
        const { [ui.summary.madeAt]: resultMadeAt, ...resultFacts } = facts;
        expect(madeAt && resultMadeAt, 'when each summary was made').toBeTruthy();
        expect(readFacts, 'the facts read from the file').toEqual(resultFacts);
        expect(await printSummaryButton(reader, ui).count(), 'the print button').toBe(1);

        await expectPrintsOnlyTheSummary(reader, 'the import view');
        expect(pdfPageCount(await printToA4(reader)), 'pages printed from the import view').toBe(1);
      });
    });
  }, 90_000);
});
