import { describe, expect, it } from 'vitest';
import { answerStep, clickStart } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { expectStep, pageHeading, stepFieldset } from './screens';
import { uiTexts } from './texts';

describe('the privacy page', () => {
  const browser = useBrowser();

  it.each(['da', 'en'] as const)(
    'in %s: opens from the footer mid-journey, passes axe, and returns with the answer kept',
    async (language) => {
      const ui = uiTexts[language];
      await runJourney(browser(), { path: `?lng=${language}` }, async ({ page }) => {
        await clickStart(page, ui);
        await answerStep(page, ui, 'audience', 'self');
        await answerStep(page, ui, 'age-group', '25-35');
        await stepFieldset(page, 'substances').locator('input[value="cannabis"]').check();
        await page.getByRole('button', { name: ui.privacy.link, exact: true }).click();
        await expect.poll(() => pageHeading(page).textContent()).toBe(ui.privacy.title);
        expect(await page.getByText(ui.privacy.points.exit, { exact: true }).count()).toBe(1);
        await expectNoAxeViolations(page, `the privacy page in ${language}`);
        await page.goBack();
        await expectStep(page, 'substances');
        await page.getByRole('button', { name: ui.question.back, exact: true }).click();
        await expectStep(page, 'age-group');
        expect(
          await stepFieldset(page, 'age-group').locator('input[value="25-35"]').isChecked(),
        ).toBe(true);
      });
    },
  );
});
