/**
 * Takes screenshots of every screen of one journey, at phone and desktop width, in Danish and
 * English, into .screenshots/ — for looking at what a person sees. Serve the build first:
 *   npm run build && npx vite preview --port 4173 &  npx tsx scripts/screenshots.ts
 * AUDIENCE=relative or AUDIENCE=clinician walks the journey in that voice (a relative names the
 * person "Kim" and answers "don't know" where offered).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';

const baseUrl = process.env.BASE_URL ?? 'http://localhost:4173/';
const out = '.screenshots';
const audience = process.env.AUDIENCE ?? 'self';
mkdirSync(out, { recursive: true });

async function answerPage(page: Page): Promise<boolean> {
  const fieldset = page.locator('fieldset[data-item]');
  if ((await fieldset.count()) === 0) return false;
  const item = (await fieldset.getAttribute('data-item')) ?? '';
  const dontKnow = page.locator('input[value="dont-know"]');
  if (item === 'audience') {
    await page.locator(`input[value="${audience}"]`).check();
  } else if (item === 'relationship') {
    await page.getByRole('radio').first().check();
    await page.getByRole('textbox').fill('Kim');
  } else if (audience === 'relative' && (await dontKnow.count()) > 0 && item.startsWith('t')) {
    await dontKnow.check();
  } else if (item === 'substances') {
    await page.getByRole('checkbox').nth(0).check();
    await page.getByRole('checkbox').nth(4).check();
  } else if (await page.getByRole('textbox').count()) {
    await page.getByRole('textbox').fill('6');
  } else if (await page.getByRole('checkbox').count()) {
    await page.getByRole('checkbox').first().check();
  } else {
    await page.getByRole('radio').first().check();
  }
  await page.getByRole('button', { name: /Fortsæt|Continue/ }).click();
  return true;
}

const browser = await chromium.launch(chromiumLaunchOptions);
for (const language of ['da', 'en']) {
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?lng=${language}`);
    const shot = (name: string) =>
      page.screenshot({
        path: `${out}/${audience}-${language}-${width}-${name}.png`,
        fullPage: true,
      });
    await shot('01-start');
    await page.getByRole('button', { name: 'Start' }).click();
    let n = 0;
    await page.getByRole('button', { name: /Fortsæt|Continue/ }).click();
    await shot('02-error');
    while (await answerPage(page)) {
      n += 1;
      if (n <= 3 || n % 6 === 0) await shot(`03-question-${n}`);
    }
    await shot('04-review');
    await page.getByRole('button', { name: /Se resultatet|See the result/ }).click();
    await shot('05-result');
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${out}/`);
