import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFramingSite, type FramingSite } from './framingPage';
import { expectNoAxeViolations, useBrowser } from './journey';
import { uiTexts, type UiTexts } from './texts';

/*
 * Another site shows the app in an iframe. The preview server sends no headers, so the browser
 * lets it (tests/browser/deployment-headers.test.ts shows that the shipped nginx does not).
 */

let framing: FramingSite | undefined;
beforeAll(async () => {
  framing = await startFramingSite();
});
afterAll(async () => {
  await framing?.close();
});

function site(): FramingSite {
  if (!framing) throw new Error('The framing site has not started');
  return framing;
}

/** The app's frame, once its start page is shown. */
async function appFrame(page: Page, ui: UiTexts): Promise<Frame> {
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: ui.start.title, exact: true }).waitFor();
  const handle = await page.locator('iframe').elementHandle();
  const content = await handle?.contentFrame();
  if (!content) throw new Error('The iframe has no frame');
  return content;
}

describe('the app inside another site’s frame', () => {
  const browser = useBrowser();

  /** `body` on a page of a fresh context, closed after it whatever happened. */
  async function onNewPage(body: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser().newContext();
    try {
      await body(await context.newPage());
    } finally {
      await context.close();
    }
  }

  it.each([
    ['da', ''],
    ['en', '?lng=en'],
  ] as const)(
    'says so, gives its own address, and quick exit leaves the whole tab (%s)',
    async (language, query) => {
      const ui = uiTexts[language];
      const appUrl = new URL(query, inject('baseUrl')).toString();
      await onNewPage(async (page) => {
        await page.goto(site().pageFraming(appUrl));
        const frame = await appFrame(page, ui);
        const warning = frame.locator('[data-flag="framed"]');
        await warning.waitFor();
        expect(await warning.textContent()).toContain(ui.framed.warning);
        const address = new URL('/', appUrl).toString();
        const link = warning.getByRole('link', { name: address, exact: true });
        expect(await link.getAttribute('href')).toBe(address);
        expect(await link.getAttribute('target')).toBe('_top');
        await expectNoAxeViolations(frame, 'the start page inside a frame');

        const exit = frame.getByRole('link', { name: ui.quickExit.button, exact: true });
        expect(await exit.getAttribute('href'), 'a real link, before any script').toBe(
          'about:blank',
        );
        await exit.click();
        await page.waitForURL('about:blank');
        expect(page.frames(), 'the other site is gone with the frame').toHaveLength(1);
      });
    },
  );

  it('Escape twice leaves the whole tab as well', async () => {
    const ui = uiTexts.da;
    await onNewPage(async (page) => {
      await page.goto(site().pageFraming(inject('baseUrl')));
      const frame = await appFrame(page, ui);
      await frame.getByRole('button', { name: ui.start.button, exact: true }).click();
      await frame.locator('fieldset[data-item="audience"]').waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForURL('about:blank');
    });
  });

  it('in a sandbox that may not move the tab, the frame itself leaves, with the answers', async () => {
    const ui = uiTexts.da;
    await onNewPage(async (page) => {
      const outer = site().pageFraming(inject('baseUrl'), {
        sandbox: 'allow-scripts allow-same-origin',
      });
      await page.goto(outer);
      const frame = await appFrame(page, ui);
      await frame.getByRole('button', { name: ui.start.button, exact: true }).click();
      await frame.locator('fieldset[data-item="audience"] input[value="self"]').check();
      await frame.getByRole('link', { name: ui.quickExit.button, exact: true }).click();
      await expect.poll(() => frame.url()).toBe('about:blank');
      expect(page.url(), 'the sandbox kept the tab').toBe(outer);
      expect(await frame.locator('fieldset').count()).toBe(0);
    });
  });

  it('shows no such warning when the app is the page itself', async () => {
    const ui = uiTexts.da;
    await onNewPage(async (page) => {
      await page.goto(inject('baseUrl'));
      await page.getByRole('heading', { level: 1, name: ui.start.title, exact: true }).waitFor();
      expect(await page.locator('[data-flag="framed"]').count()).toBe(0);
      expect(await page.getByText(ui.framed.warning).count()).toBe(0);
    });
  });
});
