import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/contentSecurityPolicy';
import { reachNoneResult } from './answering';
import { runJourney, useBrowser } from './journey';
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
      await reachNoneResult(page, ui);
      const violations = await page.evaluate(
        () => (window as unknown as { violations: string[] }).violations,
      );
      expect(violations).toEqual([]);
    });
  });
});
