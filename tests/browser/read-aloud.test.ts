import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readBuild, root } from '../../scripts/bench/build';
import { firstLoadFiles } from '../../scripts/bench/firstLoadSize';
import { answerStep, clickStart, reachNoneResult } from './answering';
import { expectNoAxeViolations, runJourney, scriptsFetched, useBrowser } from './journey';
import { expectStep, isFocused, resultMain, stepHeading } from './screens';
import { questionnaireTexts, uiTexts } from './texts';

const ui = uiTexts.da;

/**
 * The browser's speech synthesis replaced by a recorder, before the app loads: what is said, in
 * which language, and each cancel, on window.spoken. `voices` are the device's voices.
 */
function recordSpeech(page: Page, voices: { lang: string; name: string; localService: boolean }[]) {
  return page.addInitScript((deviceVoices) => {
    const spoken: (string | { text: string; lang: string })[] = [];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => deviceVoices.map((v) => ({ ...v, default: false, voiceURI: v.name })),
      speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => spoken.push('cancel'),
    });
    class Utterance {
      lang = '';
      voice = null;
      onend = null;
      onerror = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'spoken', { value: spoken });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
  }, voices);
}

function spoken(page: Page): Promise<(string | { text: string; lang: string })[]> {
  return page.evaluate(() => (window as unknown as { spoken: [] }).spoken);
}

/** The read-aloud status line (a polite live region, as the page announcer is) saying `text`. */
function liveStatus(page: Page, text: string) {
  return page.locator('[aria-live="polite"]').filter({ hasText: text });
}

/** Whether the page has fetched the speech code (the only code that uses speechSynthesis). */
async function speechCodeFetched(page: Page, baseUrl: string): Promise<boolean> {
  for (const path of await scriptsFetched(page)) {
    const code = await (await fetch(new URL(path, baseUrl))).text();
    if (code.includes('SpeechSynthesisUtterance')) return true;
  }
  return false;
}

const localVoices = [
  { lang: 'da-DK', name: 'Sara', localService: true },
  { lang: 'en-GB', name: 'Daniel', localService: true },
];

describe('read aloud', () => {
  const browser = useBrowser();

  it('is not in the first-load code: the speech code comes only when the button is first pressed', async () => {
    const built = await readBuild(join(root, 'dist'));
    const html = new TextDecoder().decode(built.get('index.html'));
    const { scripts } = firstLoadFiles(html, built);
    expect(scripts.length).toBeGreaterThan(0);
    const firstLoad = scripts.map((file) => new TextDecoder().decode(built.get(file)));
    expect(firstLoad.some((code) => code.includes('SpeechSynthesisUtterance'))).toBe(false);
    expect(firstLoad.some((code) => code.includes('read-aloud__button'))).toBe(false);
    const all = [...built.keys()].filter((file) => file.endsWith('.js'));
    const decoded = all.map((file) => new TextDecoder().decode(built.get(file)));
    expect(
      decoded.some((code) => code.includes('SpeechSynthesisUtterance')),
      'it is built',
    ).toBe(true);
  });

  it('on a question page: reached by Tab from the heading, run and stopped by keyboard, announced, axe-clean', async () => {
    await runJourney(browser(), { width: 375 }, async ({ page, baseUrl }) => {
      await recordSpeech(page, localVoices);
      await page.reload();
      await clickStart(page, ui);
      await answerStep(page, ui, 'audience', 'self');
      await expectStep(page, 'age-group');
      expect(await speechCodeFetched(page, baseUrl), 'no speech code before it is used').toBe(
        false,
      );

      await page.keyboard.press('Tab');
      const button = page.getByRole('button', { name: ui.readAloud.button, exact: true });
      expect(await isFocused(button), 'the control comes right after the question').toBe(true);
      await expectNoAxeViolations(page, 'a question page with "Læs op"');

      await page.keyboard.press('Enter');
      const status = liveStatus(page, ui.readAloud.reading);
      await status.waitFor();
      const stop = page.getByRole('button', { name: ui.readAloud.stop, exact: true });
      expect(await isFocused(stop), 'focus stays on the same button').toBe(true);
      const title = questionnaireTexts.da.items['age-group']?.title;
      const said = (await spoken(page)).filter((s) => s !== 'cancel');
      expect(said[0]).toEqual({ text: title, lang: 'da-DK' });
      expect(await stepHeading(page, 'age-group').textContent()).toBe(title);
      expect(await speechCodeFetched(page, baseUrl), 'fetched once pressed').toBe(true);
      await expectNoAxeViolations(page, 'a question page while reading aloud');
      await page.screenshot({ path: '/tmp/read-aloud-question-375.png', fullPage: true });

      await page.keyboard.press(' ');
      await liveStatus(page, ui.readAloud.stopped).waitFor();
      expect((await spoken(page)).at(-1)).toBe('cancel');
      expect(await isFocused(button)).toBe(true);

      // Escape stops too; once is not quick exit.
      await page.keyboard.press('Enter');
      await status.waitFor();
      const before = (await spoken(page)).length;
      await page.keyboard.press('Escape');
      await liveStatus(page, ui.readAloud.stopped).waitFor();
      expect((await spoken(page)).slice(before)).toEqual(['cancel']);
      await expectStep(page, 'age-group');
    });
  });

  it('on the result: a control for each section, and a plain word when the device has no voice', async () => {
    await runJourney(browser(), { width: 375 }, async ({ page }) => {
      // A Danish voice that speaks through a server would send the text away: it does not count.
      await recordSpeech(page, [
        { lang: 'da-DK', name: 'Google dansk', localService: false },
        { lang: 'en-GB', name: 'Daniel', localService: true },
      ]);
      await page.reload();
      await reachNoneResult(page, ui);
      const controls = resultMain(page).getByRole('button', {
        name: ui.readAloud.button,
        exact: true,
      });
      // "None of these": the glance is the section (its next step is the help, so no help list).
      expect(await controls.count()).toBeGreaterThanOrEqual(1);
      expect(await resultMain(page).locator('.glance [data-read-aloud-control]').count()).toBe(1);
      await expectNoAxeViolations(page, 'the result with "Læs op"');
      await page.screenshot({ path: '/tmp/read-aloud-result-375.png', fullPage: false });
      await controls.first().focus();
      await page.keyboard.press('Enter');
      await liveStatus(page, ui.readAloud.noVoice).waitFor();
      expect(await spoken(page)).toEqual([]);
      await expectNoAxeViolations(page, 'the result saying there is no voice');
    });
  });
});
