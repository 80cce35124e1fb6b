import { describe, expect, it } from 'vitest';
import { answerStep, clickStart } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import {
  arrive,
  backByKeys,
  continueByKeys,
  drinkCalculatorToggle,
  tabFromHeading,
  keyboardPerson,
  startByKeys,
  tabTo,
  walk,
} from './keyboard';
import { expectFocused, expectNoHorizontalScroll, stepFieldset } from './screens';
import { uiTexts } from './texts';

/*
 * The drink calculator beside "how many genstande on a typical day?" (issue 11): by keyboard alone
 * it adds a drink, puts its whole number in the field, and the person continues with that answer.
 */

const stepId = 'alcohol-typical-day';
const beforeTypicalDay = [
  ['audience', 'self'],
  ['age-group', '25-35'],
  ['substances', ['alcohol']],
  ['alcohol-days', { digits: '1' }],
] as const;

describe('the drink calculator in Chromium', () => {
  const browser = useBrowser();

  it('by keyboard alone: open it, add a drink, use its number, continue with it', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const person = keyboardPerson(journey.page, 'da');
      const { page, ui } = person;
      const texts = ui.drinkCalculator;
      await startByKeys(person);
      await walk(person, beforeTypicalDay);
      await arrive(person, stepId);

      const field = stepFieldset(page, stepId).locator('input[type="text"]');
      const toggle = drinkCalculatorToggle(page, ui);
      await tabFromHeading(page);
      await expectFocused(page, field, 'the number field');
      await page.keyboard.press('Tab');
      await expectFocused(page, toggle, 'the drink calculator button');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');

      // Two glasses of wine at 14 %, not the typical 12 %: 2 × 12 × 14 × 0.789 / 120 = 2.2.
      const kind = page.getByRole('combobox', { name: texts.kind, exact: true });
      await page.keyboard.press('Tab');
      await expectFocused(page, kind, 'the choice of drink');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await kind.inputValue()).toBe('wine-glass');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expectFocused(
        page,
        page.getByRole('textbox', { name: texts.strengthPercent, exact: true }),
        'the strength',
      );
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('14');
      // Enter in the calculator adds the drink; it does not continue with an empty answer.
      await page.keyboard.press('Enter');
      const total = page.locator('.drink-calculator__total');
      await expect.poll(() => total.textContent()).toBe('I alt: 2,2 genstande');
      expect(await total.getAttribute('aria-live')).toBe('polite');
      expect(await page.getByRole('alert').count(), 'no error summary').toBe(0);
      await expectNoAxeViolations(page, `${stepId} with the drink calculator open`);

      const use = page.getByRole('button', { name: 'Brug 2 genstande som svar', exact: true });
      await tabTo(page, use, 'the "use 2" button', { max: 6 });
      await page.keyboard.press('Enter');
      await expectFocused(page, field, 'the number field, holding the number');
      expect(await field.inputValue()).toBe('2');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');

      await continueByKeys(page, ui, stepId);
      await arrive(person, 'alcohol-heavy-days', { axe: false });
      await backByKeys(page, ui, 'alcohol-heavy-days');
      await arrive(person, stepId, { axe: false });
      expect(await field.inputValue(), 'the answer committed').toBe('2');
    });
  });

  it('open, with drinks added, fits 320 px without scrolling sideways', async () => {
    await runJourney(browser(), { width: 320 }, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.da;
      const texts = ui.drinkCalculator;
      await clickStart(page, ui);
      for (const [id, answer] of beforeTypicalDay) await answerStep(page, ui, id, answer);
      await drinkCalculatorToggle(page, ui).click();
      await page.getByRole('combobox', { name: texts.kind, exact: true }).selectOption('cider');
      await page.getByRole('button', { name: texts.add, exact: true }).click();
      await page.getByRole('textbox', { name: texts.volumeCl, exact: true }).fill('');
      await page.getByRole('button', { name: texts.add, exact: true }).click();
      await expectNoHorizontalScroll(page, 320, `${stepId} with the calculator open`);
      await expectNoAxeViolations(page, `${stepId} with an error in the calculator at 320 px`);
    });
  });
});
