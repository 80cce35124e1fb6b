import { rm } from 'node:fs/promises';
import type { BrowserContext, Locator, Page, Request } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import daContact from '../../src/i18n/locales/da/contact.json';
import enContact from '../../src/i18n/locales/en/contact.json';
import { reachNoneResult } from './answering';
import {
  expectNoAxeViolations,
  expectNoForeignRequests,
  expectNothingStored,
  useBrowser,
  type Journey,
} from './journey';
import { expectFocused, resultMain } from './screens';
import { languageButton, uiTexts } from './texts';

/*
 * The callback request in the real app, built in demo mode: Mock Service Worker stands in for the
 * provider's endpoint (src/mocks/), as `npm run dev:demo` runs it.
 */

type ContactTexts = typeof daContact;
const outDir = 'dist-demo';
const typed = { name: 'Kim', phone: '12 34 56 78', message: 'Helst efter kl. 14' };

let server: PreviewServer | undefined;
let demoUrl = '';

beforeAll(async () => {
  await build({ mode: 'demo', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({
    mode: 'demo',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  demoUrl = server.resolvedUrls?.local[0] ?? '';
  if (!demoUrl) throw new Error('The demo preview server has no local address');
});

afterAll(async () => {
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
});

/** The demo, in a fresh context, at the start page, with the stand-in endpoint running. */
async function openDemo(browser: ReturnType<ReturnType<typeof useBrowser>>): Promise<Journey> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const origin = new URL(demoUrl).origin;
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|about):/.test(url)) foreignRequests.push(url);
  });
  await page.goto(demoUrl);
  // The stand-in endpoint starts before the app takes over the prerendered start page: its
  // banner says both are there, so Start is the app's and not the plain HTML's.
  await page.getByRole('complementary', { name: 'Demo' }).waitFor();
  return { context, page, foreignRequests, baseUrl: demoUrl };
}

/** The shortest way to a result: "none of these" substances. */
async function reachResult(page: Page): Promise<void> {
  await reachNoneResult(page, uiTexts.da);
}

function callbackForm(page: Page, texts: ContactTexts = daContact): Locator {
  return resultMain(page).getByRole('region', { name: texts.title, exact: true });
}

async function fillIn(form: Locator, texts: ContactTexts = daContact): Promise<void> {
  await form.getByRole('textbox', { name: texts.fields.name.label, exact: true }).fill(typed.name);
  await form
    .getByRole('textbox', { name: texts.fields.phone.label, exact: true })
    .fill(typed.phone);
  await form.getByRole('radio', { name: texts.fields.preferredTime.options.morning }).check();
  await form.getByRole('textbox', { name: /^Besked|^Message/ }).fill(typed.message);
  await form.getByRole('checkbox', { name: texts.fields.consent.label }).check();
}

async function expectEverythingKept(form: Locator, texts: ContactTexts): Promise<void> {
  const value = (name: string) => form.getByRole('textbox', { name, exact: true }).inputValue();
  expect(await value(texts.fields.name.label), 'name').toBe(typed.name);
  expect(await value(texts.fields.phone.label), 'phone').toBe(typed.phone);
  expect(await form.getByRole('textbox', { name: /^Besked|^Message/ }).inputValue()).toBe(
    typed.message,
  );
  expect(
    await form.getByRole('radio', { name: texts.fields.preferredTime.options.morning }).isChecked(),
  ).toBe(true);
  expect(await form.getByRole('checkbox', { name: texts.fields.consent.label }).isChecked()).toBe(
    true,
  );
}

/** The callback requests the page sent, as they left it (the service worker answers them). */
function recordCallbackRequests(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/callback') {
      sent.push(request);
    }
  });
  return sent;
}

async function expectConfirmation(page: Page, texts: ContactTexts): Promise<void> {
  const form = callbackForm(page, texts);
  const heading = form.getByRole('heading', { name: texts.sent.title, exact: true });
  await expectFocused(page, heading, `the heading "${texts.sent.title}"`);
  expect(
    await form.getByText(texts.sent.reference.replace('{{reference}}', 'DEMO-0001')).count(),
  ).toBe(1);
  expect(await form.getByRole('status').textContent()).toBe(texts.status.sent);
}

describe('the callback request, in the demo build', () => {
  const browser = useBrowser();

  it('is served with msw’s worker script, and a banner says it is a demo', async () => {
    const worker = await fetch(new URL('mockServiceWorker.js', demoUrl));
    expect(worker.status).toBe(200);
    const journey = await openDemo(browser());
    try {
      const banner = journey.page.getByRole('complementary', { name: 'Demo' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('intet bliver sendt');
    } finally {
      await journey.context.close();
    }
  });

  it('sends a request from the result page and shows the confirmation', async () => {
    const journey = await openDemo(browser());
    const { page } = journey;
    try {
      const sent = recordCallbackRequests(page);
      await reachResult(page);
      const form = callbackForm(page);
      await form.waitFor();
      await expectNoAxeViolations(page, 'the result with the callback form');
      expect(
        await form.getByRole('checkbox', { name: daContact.fields.attachResult.label }).isChecked(),
      ).toBe(false);

      // Sending an empty form: the summary takes focus, and nothing leaves the page.
      await form.getByRole('button', { name: daContact.send, exact: true }).click();
      await expectFocused(page, form.locator('.error-summary'), 'the error summary');
      await expectNoAxeViolations(page, 'the callback form with errors');
      expect(sent).toHaveLength(0);

      await fillIn(form);
      await form.getByRole('button', { name: daContact.send, exact: true }).click();
      await expectConfirmation(page, daContact);
      await expectNoAxeViolations(page, 'the callback confirmation');
      expect(await form.getByText(typed.name, { exact: true }).count()).toBe(1);

      expect(sent).toHaveLength(1);
      const request = sent[0] as Request;
      expect(await request.headerValue('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
      expect(request.postDataJSON()).toEqual({
        name: typed.name,
        phone: typed.phone,
        preferredTime: 'morning',
        message: typed.message,
        consent: true,
        language: 'da',
      });
      await expectNothingStored(journey);
      expectNoForeignRequests(journey);
    } finally {
      await journey.context.close();
    }
  });

  it('going offline before Send: says so, keeps everything, and recovers with one request', async () => {
    const journey = await openDemo(browser());
    const { context, page } = journey;
    try {
      const sent = recordCallbackRequests(page);
      await reachResult(page);
      const form = callbackForm(page);
      await fillIn(form);

      await context.setOffline(true);
      await form.getByRole('button', { name: daContact.send, exact: true }).click();
      const alert = form.getByRole('alert').filter({ hasText: daContact.failure.offline.title });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(daContact.failure.kept);
      await expectNoAxeViolations(page, 'the callback form offline');
      await expectEverythingKept(form, daContact);
      expect(sent, 'requests sent while offline').toHaveLength(0);

      // Back online, and in English: still everything there, and Retry sends it.
      await context.setOffline(false);
      await page.getByRole('button', { name: languageButton.en, exact: true }).click();
      const formEn = callbackForm(page, enContact);
      await formEn
        .getByRole('alert')
        .filter({ hasText: enContact.failure.offline.title })
        .waitFor();
      await expectEverythingKept(formEn, enContact);
      await formEn.getByRole('button', { name: enContact.retry, exact: true }).click();
      await expectConfirmation(page, enContact);
      for (const value of Object.values(typed)) {
        expect(await formEn.getByText(value, { exact: true }).count(), value).toBe(1);
      }
      expect(sent).toHaveLength(1);
      expect((sent[0] as Request).postDataJSON()).toMatchObject({ ...typed, language: 'en' });
      await expectNothingStored(journey);
      expectNoForeignRequests(journey);
    } finally {
      await context.close();
    }
  });
});
