import { describe, expect, it } from 'vitest';
import { openJourney, useBrowser } from './journey';

describe('when the app cannot start', () => {
  const browser = useBrowser();

  it('the page still says how to get help now, never blank', async () => {
    const journey = await openJourney(browser(), { path: 'about:blank' });
    const { page, context, baseUrl } = journey;
    try {
      // The app's script never arrives: what the person sees is the page as served.
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('a[href="tel:112"]').count()).toBe(1);
      expect(await page.locator('body').innerText()).toContain('112');
    } finally {
      await context.close();
    }
  });
});
