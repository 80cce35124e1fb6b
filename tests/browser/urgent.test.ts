import { describe, expect, it } from 'vitest';
import { answerSteps, clickStart, signPages } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { expectResult, expectResultShows, expectReview, expectStart, resultMain } from './screens';
import { uiTexts } from './texts';

describe('thoughts of self-harm, in English from the address', () => {
  const browser = useBrowser();

  it('puts the urgent box with 112 and Livslinien above the level, and stores nothing', async () => {
    await runJourney(browser(), { path: '?lng=en' }, async (journey) => {
      const { page } = journey;
      const ui = uiTexts.en;
      await expectStart(page, ui);
      expect(ui.start.title).not.toBe(uiTexts.da.start.title);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('button', { name: 'Dansk', exact: true }).count()).toBe(1);

      await clickStart(page, ui);
      // One substance: no "which of them?" pages; cannabis is outside injecting, mixing and
      // severe withdrawal, so those pages are not shown.
      await answerSteps(page, ui, [
        ['audience', 'self'],
        ['age-group', '25-35'],
        ['substances', ['cannabis']],
        ['frequency.cannabis', 'several-weekly'],
        ['pregnancy', 'no'],
        ...signPages({ craving: null, tolerance: null }),
        ['overdose', 'no'],
        ['self-harm', 'yes'],
      ]);
      await expectReview(page, ui);
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();

      await expectResult(page);
      // Cannabis: craving and tolerance (2, mild); self-harm raises only the urgent flag.
      await expectResultShows(page, ui, { level: 'mild', flags: ['urgent'] });
      const urgent = resultMain(page).locator('[data-flag="urgent"]');
      expect(await urgent.getByRole('heading').first().textContent()).toBe(
        ui.result.flags.urgent.title,
      );
      const phones = await urgent
        .locator('a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(phones, 'numbers in the urgent box').toEqual(
        expect.arrayContaining(['tel:112', 'tel:+4570201201']),
      );
      await expectNoAxeViolations(page, 'the result with the urgent box (en)');
    });
  });
});
