import { cp, readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerStep, clickStart } from './answering';
import { expectNoAxeViolations, useBrowser } from './journey';
import { expectStart, expectStep } from './screens';
import { languageButton, uiTexts } from './texts';

/*
 * A page left open across a deploy: the server now has only the new version's files, so a lazy
 * chunk the open page asks for is gone. The page must say so and offer a reload that keeps the
 * answers the person chose to keep (src/app/staleVersion.ts, StaleVersionNotice.tsx).
 *
 * A copy of the build the browser tests serve, on a plain static server, with the English texts'
 * chunk deleted; the service worker is blocked, since it would still have the file.
 */

const ui = uiTexts.da;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

let root = '';
let server: Server | undefined;
let url = '';
let deleted = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rusmiddeltjek-deployed-'));
  await cp('dist', root, { recursive: true });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? 'index.html' : path);
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await rm(root, { recursive: true, force: true });
});

/** Deletes the chunk that holds the English interface texts, as a deploy replaces it. */
async function deleteEnglishTexts(): Promise<void> {
  const assets = join(root, 'assets');
  for (const name of await readdir(assets)) {
    if (!name.endsWith('.js')) continue;
    const text = await readFile(join(assets, name), 'utf8');
    if (text.includes(uiTexts.en.skipLink) && !text.includes(ui.skipLink)) {
      await rm(join(assets, name));
      deleted = name;
      return;
    }
  }
  throw new Error('No chunk holds the English interface texts');
}

describe('a page whose files were replaced by a deploy', () => {
  const browser = useBrowser();

  it('says so when the language is switched, and reloads keeping the answers chosen to be kept', async () => {
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    try {
      await page.goto(url);
      await expectStart(page, ui);
      await page.getByRole('checkbox', { name: ui.start.resume.label }).check();
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await expectStep(page, 'age-group');

      // The deploy: the open page's English texts are gone from the server.
      await deleteEnglishTexts();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) failed.push(new URL(response.url()).pathname);
      });
      await page.getByRole('button', { name: languageButton.en, exact: true }).click();

      const notice = page
        .getByRole('alert')
        .filter({ has: page.getByRole('heading', { name: ui.staleVersion.updated.title }) });
      await notice.waitFor();
      expect(failed, 'the request that failed').toContain(`/assets/${deleted}`);
      expect(await notice.textContent()).toContain(ui.staleVersion.updated.body);
      expect(await notice.textContent()).toContain(ui.staleVersion.answersKept);
      await expectNoAxeViolations(page, 'the notice of a new version');

      await notice.getByRole('button', { name: ui.staleVersion.reload, exact: true }).click();
      await expectStart(page, ui);
      await page.getByText(ui.start.restored).waitFor();
      await page.getByRole('button', { name: ui.start.continue, exact: true }).click();
      await expectStep(page, 'age-group');
    } finally {
      await context.close();
    }
  });
});
