import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerStep, clickStart } from './answering';
import { holdRequests, useBrowser } from './journey';
import { appStarted, expectStep } from './screens';
import { languageButton, uiTexts } from './texts';

/** The start page's address for each language, and the same page chosen by `?lng=`. */
const pages = [
  { language: 'da', path: '' },
  { language: 'en', path: 'en/' },
] as const;

/** Opens the page in a fresh context, collecting what the console and the page reported. */
async function openCollecting(browser: Browser, path: string, served?: (html: string) => string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (served) {
    await page.route(new URL(path, inject('baseUrl')).href, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: served(await response.text()) });
    });
  }
  const reported: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) reported.push(message.text());
  });
  page.on('pageerror', (error) => reported.push(error.message));
  await page.goto(new URL(path, inject('baseUrl')).href);
  return { context, page, reported };
}

/**
 * Opens the page at `search` with the app's own file (main.tsx) held back until `release()`.
 * The service worker would fetch every file at once, past the hold: it is kept out.
 */
async function openWithAppHeld(browser: Browser, search: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const release = await holdRequests(page, /\/assets\/main-[\w-]+\.js$/);
  await page.goto(inject('baseUrl') + search);
  return { context, page, release };
}

describe('the start page as served', () => {
  const browser = useBrowser();

  it.each(pages)(
    'is in the HTML itself, before any script ($language)',
    async ({ language, path }) => {
      const ui = uiTexts[language];
      const response = await fetch(new URL(path, inject('baseUrl')));
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${language}">`);
      // What a search result or a shared link says of the page is in its language too.
      expect(html).toContain(`<meta name="description" content="${ui.app.description}" />`);
      expect(html).toContain(`<title>${ui.start.title} – ${ui.app.titleSuffix}</title>`);
      // Read as a browser reads it, without running any of the page's scripts.
      const context = await browser().newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html);
        await page.getByRole('heading', { level: 1, name: ui.start.title, exact: true }).waitFor();
        expect(await page.getByRole('button', { name: ui.start.button, exact: true }).count()).toBe(
          1,
        );
        expect(await page.getByText(ui.quickExit.button, { exact: true }).count()).toBe(1);
        expect(await page.locator('a[href="tel:112"]').count()).toBe(1);
      } finally {
        await context.close();
      }
    },
  );

  it('with JavaScript off, says in one line that the check needs it; the numbers are links', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      const ui = uiTexts.da;
      await page.getByText(ui.start.needsScript, { exact: true }).waitFor();
      for (const [name, href] of [
        ['112', 'tel:112'],
        ['70 201 201', 'tel:+4570201201'],
      ]) {
        const link = page.getByRole('link', { name, exact: true });
        expect(await link.getAttribute('href'), name).toBe(href);
      }
    } finally {
      await context.close();
    }
  });

  it('with JavaScript off, "Forlad siden" is a link that leaves', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.getByRole('link', { name: uiTexts.da.quickExit.button, exact: true }).click();
      await page.waitForURL('about:blank');
    } finally {
      await context.close();
    }
  });

  it.each(pages)(
    'is taken over by the app without a hydration mismatch, and Start works ($language)',
    async ({ language, path }) => {
      const ui = uiTexts[language];
      const { context, page, reported } = await openCollecting(browser(), path);
      try {
        await page.getByRole('heading', { level: 1, name: ui.start.title, exact: true }).waitFor();
        // The app has started once its own choice answers: the box stays ticked.
        const remember = page.getByRole('checkbox', { name: ui.start.resume.label, exact: true });
        await remember.check();
        expect(await remember.isChecked()).toBe(true);
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        await clickStart(page, ui);
        await expectStep(page, 'audience');
        await answerStep(page, ui, 'audience', 'self');
        await expectStep(page, 'age-group');
        expect(reported).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each(pages)(
    'fetches the app only once the page as served is on the screen ($language)',
    async ({ path }) => {
      const served = await (await fetch(new URL(path, inject('baseUrl')))).text();
      const { context, page } = await openCollecting(browser(), path);
      try {
        await appStarted(page);
        const { painted, scripts } = await page.evaluate(() => ({
          painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          scripts: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.js'))
            .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
        }));
        expect(painted).toBeDefined();
        // The page's own script (src/boot.ts) and what the HTML preloads come with the page.
        const app = scripts.filter((script) => !served.includes(script.path));
        expect(app.map((script) => script.path)).toContainEqual(expect.stringMatching(/\/main-/));
        expect(app.filter((script) => script.at < (painted ?? 0))).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  // Adding a dozen module preloads was itself a long task just after the paint
  // (scripts/modulePreload.ts): the browser finds the app's files from its imports instead.
  it.each(pages)(
    'adds no module preload to the page while it brings the app ($language)',
    async ({ path }) => {
      const context = await browser().newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.addInitScript(() => {
          const added: string[] = [];
          Object.assign(window, { preloadsBeforeStart: added });
          new MutationObserver((changes) => {
            // Not the HTML's own (parsed while loading), and not the journey's, fetched later.
            if (document.readyState === 'loading') return;
            if (document.querySelector('#root[data-app-started]')) return;
            for (const node of changes.flatMap((change) => [...change.addedNodes])) {
              if (node instanceof HTMLLinkElement && node.rel === 'modulepreload') {
                added.push(node.href);
              }
            }
          }).observe(document, { childList: true, subtree: true });
        });
        await page.goto(new URL(path, inject('baseUrl')).href);
        await appStarted(page);
        const added = await page.evaluate(
          () => (window as unknown as { preloadsBeforeStart: string[] }).preloadsBeforeStart,
        );
        expect(added).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  // On `?lng=en` the Danish page is served and the app draws the English one afresh: the kept
  // presses must find the same controls again on the page drawn.
  it.each([
    { search: '', drawn: 'da' },
    { search: '?lng=en', drawn: 'en' },
  ] as const)(
    'keeps a tick and a press made before the app has arrived, and makes them once it has ($search)',
    async ({ search, drawn }) => {
      const served = uiTexts.da;
      const { context, page, release } = await openWithAppHeld(browser(), search);
      try {
        await page.getByRole('checkbox', { name: served.start.resume.label, exact: true }).check();
        await page.getByRole('button', { name: served.start.button, exact: true }).click();
        expect(await page.locator('#root[data-app-started]').count(), 'the app is held').toBe(0);
        // Beside Start, in the page's own words: the press was heard.
        expect(await page.locator('[data-loading]').textContent()).toBe(served.start.loading);

        release();
        await expectStep(page, 'audience');
        expect(await page.locator('html').getAttribute('lang')).toBe(drawn);
        await answerStep(page, uiTexts[drawn], 'audience', 'self');
        await expectStep(page, 'age-group');
        // The tick reached the app: the answers are kept for a reload.
        expect(await page.evaluate(() => window.sessionStorage.length)).toBe(1);
      } finally {
        await context.close();
      }
    },
  );

  it('keeps a press on the privacy button made before the app has arrived, also where it draws afresh', async () => {
    const { context, page, release } = await openWithAppHeld(browser(), '?lng=en');
    try {
      await page.getByRole('button', { name: uiTexts.da.privacy.link, exact: true }).click();
      release();
      await page
        .getByRole('heading', { level: 1, name: uiTexts.en.privacy.title, exact: true })
        .waitFor();
    } finally {
      await context.close();
    }
  });

  // React takes the page over in slices, yielding to the browser between them, so a press can come
  // in the middle. The page must not change under React meanwhile (the status line's words did):
  // React would then draw the whole page afresh, and the press was lost.
  it('makes a press made while React takes the page over, once, and keeps the page as served', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const reported: string[] = [];
      page.on('pageerror', (error) => reported.push(error.message));
      // A slower processor, as on a phone, makes the taking over long enough to press into.
      const devtools = await context.newCDPSession(page);
      await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // React marks the element it takes over as soon as it starts: English is pressed then.
      // A string, so that it runs in the page exactly as written.
      await page.addInitScript(`
        (function pressWhenReactStarts() {
          const root = document.getElementById('root');
          const started = root && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
          if (!started) return setTimeout(pressWhenReactStarts);
          window.pressedWhile = root.hasAttribute('data-app-drawn') ? 'drawn' : 'taking over';
          root.querySelector('button[lang="en"]').click();
        })();
      `);
      await page.goto(inject('baseUrl'));
      await appStarted(page);
      expect(await page.evaluate(() => Reflect.get(window, 'pressedWhile'))).toBe('taking over');
      await page
        .getByRole('heading', { level: 1, name: uiTexts.en.start.title, exact: true })
        .waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // The switch now offers the way back to Danish: the page is in English.
      await page.getByRole('button', { name: languageButton.da, exact: true }).waitFor();
      expect(reported).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says beside Start when the app cannot be fetched, and fetches it again at the next press', async () => {
    const ui = uiTexts.da;
    const context = await browser().newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const reported: string[] = [];
      page.on('pageerror', (error) => reported.push(error.message));
      let lineDown = true;
      await page.route(/\/assets\/main-[\w-]+\.js$/, (route) =>
        lineDown ? route.abort() : route.continue(),
      );
      await page.goto(inject('baseUrl'));
      const start = page.getByRole('button', { name: ui.start.button, exact: true });
      await start.click();
      await expect
        .poll(() => page.locator('[data-loading]').textContent())
        .toBe(ui.start.loadFailed);
      // The page as served still leaves, and still calls.
      expect(await page.getByRole('link', { name: ui.quickExit.button }).count()).toBe(1);
      expect(await page.locator('a[href="tel:112"]').count()).toBe(1);

      lineDown = false;
      await start.click();
      await expectStep(page, 'audience');
      expect(reported).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reports a page as served that differs from what the app draws (so the check above can fail)', async () => {
    const ui = uiTexts.da;
    const { context, page, reported } = await openCollecting(browser(), '', (html) =>
      html.replace(`>${ui.start.title}<`, '>Et andet sted<'),
    );
    try {
      await page.getByRole('heading', { level: 1, name: ui.start.title, exact: true }).waitFor();
      await expect.poll(() => reported.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('shows English at ?lng=en on the Danish address, drawn afresh', async () => {
    const ui = uiTexts.en;
    const { context, page, reported } = await openCollecting(browser(), '?lng=en');
    try {
      await page.getByRole('heading', { level: 1, name: ui.start.title, exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await clickStart(page, ui);
      await expectStep(page, 'audience');
      expect(reported).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
