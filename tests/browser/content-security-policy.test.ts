import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/contentSecurityPolicy';
import { answerStep, clickStart } from './answering';
import { runJourney, useBrowser } from './journey';
import { expectReview } from './screens';
import { uiTexts } from './texts';

describe('the Content-Security-Policy', () => {
  const browser = useBrowser();

  it('is in the built page, and a journey runs under it without a single violation', async () => {
    await runJourney(browser(), {}, async ({ page }) => {
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toBe(contentSecurityPolicy());
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("connect-src 'self'");

      await page.evaluate(() => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
        (window as unknown as { violations: string[] }).violations = seen;
      });
      const ui = uiTexts.da;
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await answerStep(page, ui, 'age-group', '25-35');
      await answerStep(page, ui, 'substances', ['none']);
      await expectReview(page, ui);
      await page.getByRole('button', { name: ui.review.confirm, exact: true }).click();
      await page.locator('main[data-result-level]').waitFor();
      const violations = await page.evaluate(
        () => (window as unknown as { violations: string[] }).violations,
      );
      expect(violations).toEqual([]);
    });
  });
});
