import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerRelationship,
  answerStep,
  answerSteps,
  clickStart,
  confirmReview,
} from './answering';
import { printToA4 } from './exports';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { resultMain } from './screens';
import { uiTexts } from './texts';

/*
 * A relative's printout does not name the person unless the relative chooses so: a page left on a
 * shared printer says "personen" (src/screens/result/NameInPrint.tsx).
 */

const ui = uiTexts.da;
const name = 'Kim';

/** A relative who typed the name, "none of these", to the result. */
async function reachRelativeResult(page: Page): Promise<void> {
  await clickStart(page, ui);
  await answerStep(page, ui, 'audience', 'relative');
  await answerRelationship(page, ui, 'partner', name);
  await answerSteps(page, ui, [
    ['age-group', '25-35'],
    ['substances', ['none']],
    ['overdose', 'no'],
    ['self-harm', 'no'],
    ['relative-worry', 'yes'],
    ['relative-sleep', 'no'],
    ['relative-conflict', 'no'],
    ['relative-unsafe', 'no'],
    ['children-at-home', 'no'],
  ]);
  await confirmReview(page, ui);
}

/**
 * Prints the page to A4 as Chromium does (print media, `beforeprint` first), and returns the text
 * of the result as it was laid out for print: read by a listener that runs after the app's own.
 */
async function printedText(page: Page): Promise<string> {
  await page.evaluate(() => {
    window.addEventListener(
      'beforeprint',
      () => {
        (window as unknown as { printed: string }).printed =
          document.querySelector('main')?.textContent ?? '';
      },
      { once: true },
    );
  });
  await printToA4(page);
  return page.evaluate(() => (window as unknown as { printed: string }).printed);
}

describe("a relative's result in print", () => {
  const browser = useBrowser();

  it('leaves the typed name out unless the relative ticks to include it', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await reachRelativeResult(page);
      const main = resultMain(page);
      expect(await main.textContent(), 'the result on screen').toContain(name);

      const include = page.getByRole('checkbox', {
        name: ui.result.relative.printName.label.replace('{{name}}', name),
        exact: true,
      });
      expect(await include.isVisible(), 'the choice, on screen').toBe(true);
      expect(await include.isChecked(), 'the choice, at first').toBe(false);
      await expectNoAxeViolations(page, "a relative's result with the print choice");

      const printed = await printedText(page);
      expect(printed, 'the printout').not.toContain(name);
      expect(printed, 'the printout').toContain(ui.voice.thePerson);
      expect(await main.textContent(), 'the result on screen after printing').toContain(name);

      // The choice itself is not printed.
      await page.emulateMedia({ media: 'print' });
      expect(await include.isVisible(), 'the choice, in print').toBe(false);
      await page.emulateMedia({ media: 'screen' });

      await include.check();
      expect(await printedText(page), 'the printout with the name chosen').toContain(name);
    });
  });

  it('leaves it out when printed with the result page’s own button', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      await reachRelativeResult(page);
      // Headless Chromium prints nothing for window.print(); what the page held when it was called counts.
      await page.evaluate(() => {
        window.print = () => {
          (window as unknown as { printed: string }).printed =
            document.querySelector('main')?.textContent ?? '';
        };
      });
      await page.getByRole('button', { name: ui.result.actions.print, exact: true }).click();
      const printed = await page.evaluate(() => (window as unknown as { printed: string }).printed);
      expect(printed).not.toContain(name);
      expect(await resultMain(page).textContent(), 'the result on screen after').toContain(name);
    });
  });
});
