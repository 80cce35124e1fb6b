import { describe, expect, it } from 'vitest';
import { answerSteps, clickStart, confirmReview, signPages } from './answering';
import { pdfPageCount, printToA4, showHandoverCode } from './exports';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { tabTo } from './keyboard';
import {
  expectFocused,
  expectStart,
  intakeFacts,
  intakeSignCounts,
  intakeSummary,
  resultMain,
  resultSignCounts,
  type ResultLevel,
} from './screens';
import { handoverTexts, questionnaireTexts, uiTexts } from './texts';

/*
 * The hand-over code end to end: a person shows the code on their result; a counsellor, in
 * another browser, types it into the import view and sees the same signs per substance.
 */

const ui = uiTexts.da;
const handover = handoverTexts.da;

/** The code with one character of its second group changed: a typo the checksum must catch. */
function mistype(code: string): string {
  const at = code.indexOf('-', 'RT1-'.length) + 1;
  const wrong = code[at] === '7' ? '8' : '7';
  return `${code.slice(0, at)}${wrong}${code.slice(at + 1)}`;
}

describe('the hand-over code', () => {
  const browser = useBrowser();

  it('typed by keyboard in another browser, shows the same signs per substance as the result did', async () => {
    let code = '';
    let level = '';
    let counts: Record<string, number> = {};
    await runJourney(browser(), {}, async ({ page }) => {
      await clickStart(page, ui);
      await answerSteps(page, ui, [
        ['audience', 'self'],
        ['age-group', '25-35'],
        ['substances', ['alcohol', 'cannabis', 'sedatives']],
        ['frequency.cannabis', 'weekly'],
        ['frequency.sedatives', 'daily'],
        ['alcohol-days', { digits: '4' }],
        ['alcohol-typical-day', { digits: '4' }],
        ['alcohol-heavy-days', 'monthly'],
        ['prescribed.sedatives', 'not-prescribed'],
        ['pregnancy', 'no'],
        ...signPages({
          'larger-amounts': ['alcohol', 'sedatives'],
          craving: ['cannabis'],
          'gave-up-activities': ['alcohol', 'cannabis'],
          tolerance: ['sedatives'],
          withdrawal: ['sedatives'],
        }),
        ['injecting', 'no'],
        ['mixing', 'yes'],
        ['overdose', 'no'],
        ['severe-withdrawal', 'no'],
        ['self-harm', 'no'],
      ]);
      await confirmReview(page, ui);
      level = (await resultMain(page).getAttribute('data-result-level')) ?? '';
      counts = await resultSignCounts(page);
      const label = (substance: string) => questionnaireTexts.da.substances[substance]?.label ?? '';
      expect(counts, 'the signs the person saw').toEqual({
        [label('alcohol')]: 2,
        [label('cannabis')]: 2,
        [label('sedatives')]: 3,
      });
      code = await showHandoverCode(page, handover);
      expect(code).toMatch(/^RT1(-[0-9A-Z]{1,4})+$/);
      await expectNoAxeViolations(page, 'the result with the hand-over code');
    });

    // The counsellor's browser: nothing of the journey, only the code read out to them.
    await runJourney(browser(), {}, async ({ page }) => {
      await expectStart(page, ui);
      const professionals = page.getByRole('button', { name: ui.start.professionals, exact: true });
      await tabTo(page, professionals, 'the button for professionals');
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', {
        level: 1,
        name: handover.import.title,
        exact: true,
      });
      await expectFocused(page, heading, 'the h1 of the import view');
      expect(await page.title()).toContain(handover.import.title);
      await expectNoAxeViolations(page, 'the import view');

      // One character wrong: the error summary takes focus and links to the field.
      const field = page.getByRole('textbox', { name: handover.import.codeLabel, exact: true });
      await tabTo(page, field, 'the code field');
      await page.keyboard.type(mistype(code));
      await page.keyboard.press('Enter');
      const summary = page.getByRole('alert');
      await expectFocused(page, summary, 'the error summary');
      expect(await summary.textContent()).toContain(handover.import.problems.checksum);
      expect(await field.getAttribute('aria-invalid'), 'the field is marked invalid').toBe('true');
      const described = await field.evaluate((input) =>
        (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim()),
      );
      // "Fejl:" first, as on every field, for a screen reader that reads the description alone.
      expect(described, 'the field is described by the problem').toContain(
        `${ui.errors.titlePrefix.trim()} ${handover.import.problems.checksum}`,
      );
      // As on the question pages, the tab's title names the error first ("Fejl: …").
      expect(await page.title(), 'the title with an error').toMatch(
        new RegExp(`^${ui.errors.titlePrefix}`),
      );
      await expectNoAxeViolations(page, 'the import view with a mistyped code');
      await page.keyboard.press('Tab');
      await expectFocused(page, summary.getByRole('link'), 'the link in the error summary');
      await page.keyboard.press('Enter');
      await expectFocused(page, field, 'the code field');

      // Retyped as one might read it aloud: small letters, spaces between the groups.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(code.toLowerCase().replaceAll('-', ' '));
      await page.keyboard.press('Enter');
      await intakeSummary(page).waitFor({ timeout: 5_000 });
      const loaded = page.getByRole('status').filter({ hasText: handover.import.loaded });
      expect(await loaded.count(), `"${handover.import.loaded}" is announced`).toBe(1);
      expect(await page.getByRole('alert').count(), 'the error summary, gone').toBe(0);
      await expectNoAxeViolations(page, 'the import view with the summary');
      expect(await intakeSignCounts(page), 'the signs read from the code').toEqual(counts);
      expect(await intakeFacts(page)).toMatchObject({
        [ui.summary.answeredBy]: ui.summary.audience.self,
        [ui.summary.level]: ui.summary.levels[level as ResultLevel],
      });
      // The form that had focus is gone: the summary's heading takes it, so a screen reader
      // goes on from there.
      await expectFocused(page, intakeSummary(page).locator('h2'), "the summary's heading");
      // Three substances: the summary prints on one A4 page.
      expect(pdfPageCount(await printToA4(page)), 'pages printed').toBe(1);
    });
  }, 90_000);
});
