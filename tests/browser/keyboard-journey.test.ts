import { describe, expect, it } from 'vitest';
import { signPages } from './answering';
import { runJourney, useBrowser } from './journey';
import {
  arrive,
  backByKeys,
  changeFromReview,
  chooseRadioByKeys,
  confirmByKeys,
  continueByKeys,
  followErrorSummary,
  keyboardPerson,
  reviewAnswer,
  reviewRows,
  startByKeys,
  tabFromHeading,
  tabTo,
  tickByKeys,
  typeByKeys,
  walk,
} from './keyboard';
import {
  describeFocus,
  expectFocused,
  expectResultShows,
  expectStep,
  helpPhoneLinks,
  NOTHING_FOCUSED,
  stepFieldset,
  whereAmI,
} from './screens';
import { languageButton } from './texts';

/*
 * Whole journeys by keyboard alone: Tab, Shift+Tab, Space, the arrow keys, Enter and digits. Every
 * screen is checked by axe on arrival, and focus must be on its h1 (or on the error summary).
 */

describe('journeys by keyboard alone', () => {
  const browser = useBrowser();

  it('in Danish: alcohol and sedatives, an error, Back, a change from the review, the result', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const person = keyboardPerson(journey.page, 'da');
      const { page, ui } = person;
      await startByKeys(person);

      await walk(person, [['audience', 'self']]);

      // Continue with nothing chosen (Tab only moves focus onto the first radio; it does not choose).
      await arrive(person, 'age-group');
      await tabFromHeading(page);
      await continueByKeys(page, ui, 'age-group');
      await followErrorSummary(person, 'age-group', 'age-group-under-15');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
      expect(await stepFieldset(page, 'age-group').locator('input:checked').inputValue()).toBe(
        '36-64',
      );
      await continueByKeys(page, ui, 'age-group');

      await walk(person, [
        ['substances', ['alcohol', 'sedatives']],
        ['frequency.sedatives', 'daily'],
      ]);

      // Back by keyboard keeps the answer, and Tab lands on the chosen radio.
      await arrive(person, 'alcohol-days');
      await backByKeys(page, ui, 'alcohol-days');
      await arrive(person, 'frequency.sedatives', { axe: false });
      expect(
        await stepFieldset(page, 'frequency.sedatives').locator('input:checked').inputValue(),
      ).toBe('daily');
      await chooseRadioByKeys(page, 'frequency.sedatives', 'daily');
      await continueByKeys(page, ui, 'frequency.sedatives');

      await walk(person, [
        ['alcohol-days', { digits: '1' }],
        ['alcohol-typical-day', { digits: '3' }],
        ['alcohol-heavy-days', 'never'],
        ['prescribed.sedatives', 'more-than-prescribed'],
        ['pregnancy', 'no'],
        ...signPages({
          'larger-amounts': ['sedatives'],
          craving: ['alcohol', 'sedatives'],
          tolerance: ['sedatives'],
          withdrawal: ['alcohol', 'sedatives'],
        }),
        ['injecting', 'no'],
        ['mixing', 'yes'],
        ['overdose', 'no'],
        ['severe-withdrawal', 'no'],
        ['self-harm', 'no'],
      ]);

      // The sedatives turn out to be taken as prescribed: ArrowUp from "more than prescribed".
      await arrive(person, 'review');
      await changeFromReview(person, 'prescribed.sedatives');
      await arrive(person, 'prescribed.sedatives', { axe: false });
      const label = await chooseRadioByKeys(page, 'prescribed.sedatives', 'as-prescribed');
      await continueByKeys(page, ui, 'prescribed.sedatives');
      await arrive(person, 'review', { axe: false });
      expect(await reviewAnswer(person, 'prescribed.sedatives')).toBe(label);

      await confirmByKeys(person);
      await arrive(person, 'result');
      // Sedatives as prescribed: tolerance and withdrawal no longer count, leaving larger amounts
      // and craving (2, mild; it was 4, moderate). Alcohol: craving and withdrawal (2, mild);
      // 1 day × 3 = 3 a week, never 5 on a day. Mixing raises harm reduction; withdrawal from
      // alcohol and sedatives raises "do not stop abruptly".
      await expectResultShows(page, ui, {
        level: 'mild',
        flags: ['harm-reduction', 'do-not-stop-abruptly'],
      });
      expect(await helpPhoneLinks(page, ui).count(), 'tel: links in the help').toBeGreaterThan(0);
    });
  }, 120_000);

  it('in English (?lng=en): a number out of range, a change that adds a follow-up, the result', async () => {
    await runJourney(browser(), { path: '?lng=en' }, async (journey) => {
      const person = keyboardPerson(journey.page, 'en');
      const { page, ui } = person;
      await startByKeys(person);
      await walk(person, [
        ['audience', 'self'],
        ['age-group', '25-35'],
        ['substances', ['alcohol', 'sedatives']],
        ['frequency.sedatives', 'weekly'],
        ['alcohol-days', { digits: '4' }],
      ]);

      // 61 is above the 60 allowed: the error summary, then its link back to the text box.
      await arrive(person, 'alcohol-typical-day');
      await typeByKeys(page, 'alcohol-typical-day', '61');
      await continueByKeys(page, ui, 'alcohol-typical-day');
      await followErrorSummary(person, 'alcohol-typical-day', 'alcohol-typical-day-input');
      expect(await page.getByRole('alert').textContent()).toContain('60');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('3');
      await continueByKeys(page, ui, 'alcohol-typical-day');

      await walk(person, [
        ['alcohol-heavy-days', 'monthly'],
        ['prescribed.sedatives', 'as-prescribed'],
        ['pregnancy', 'no'],
        ...signPages({
          'larger-amounts': ['alcohol'],
          'cut-down': ['alcohol'],
          craving: ['alcohol', 'sedatives'],
          tolerance: ['sedatives'],
        }),
        ['injecting', 'no'],
        ['mixing', 'no'],
        ['overdose', 'no'],
        ['severe-withdrawal', 'no'],
        ['self-harm', 'no'],
      ]);

      // "No" becomes "yes": the "which of them?" page follows, then the review again.
      await arrive(person, 'review');
      await changeFromReview(person, 'time-spent');
      await arrive(person, 'time-spent', { axe: false });
      const yes = await chooseRadioByKeys(page, 'time-spent', 'yes');
      await continueByKeys(page, ui, 'time-spent');
      await arrive(person, 'time-spent.which', { axe: false });
      const which = await tickByKeys(page, 'time-spent.which', ['alcohol']);
      await continueByKeys(page, ui, 'time-spent.which');
      await arrive(person, 'review', { axe: false });
      const rows = await reviewRows(page);
      const at = rows.findIndex(([q]) => q === person.titles.get('time-spent'));
      expect(rows[at]?.[1], 'the changed answer on the review').toBe(yes);
      expect(rows[at + 1]?.[1], 'the new "which of them?" answer, right after it').toBe(which[0]);

      await confirmByKeys(person);
      await arrive(person, 'result');
      // Alcohol: larger amounts, cut down, time spent, craving (4, moderate); 4 days × 3 = 12 a
      // week. Sedatives as prescribed: craving counts, tolerance does not (1). No safety flag.
      await expectResultShows(page, ui, { level: 'moderate', flags: [] });
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await helpPhoneLinks(page, ui).count(), 'tel: links in the help').toBeGreaterThan(0);
    });
  }, 120_000);

  it('the skip link moves focus to the content and keeps the question shown', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const person = keyboardPerson(journey.page, 'da');
      const { page, ui } = person;
      await startByKeys(person);
      await walk(person, [
        ['audience', 'self'],
        ['age-group', '25-35'],
      ]);
      await arrive(person, 'substances', { axe: false });

      // From the h1, back past Back and the language switch to the first stop on the page.
      const skipLink = page.getByRole('link', { name: ui.skipLink, exact: true });
      await tabTo(page, skipLink, 'the skip link', { backwards: true });
      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => document.activeElement?.id === 'main-content', null, {
          timeout: 2_000,
        })
        .catch(() => undefined);
      // APP BUG (src/flow/useHistorySync.ts): the link's jump to #main-content fires popstate with
      // no history state, which onPopState reads as "go to start", so the person lands on start.
      expect(
        await whereAmI(page),
        'after Enter on the skip link the same question must still be shown',
      ).toBe('question:substances');
      await expectFocused(page, page.locator('#main-content'), 'the main content');
    });
  });

  it('switching language by keyboard keeps focus on the language switch', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const person = keyboardPerson(journey.page, 'da');
      const { page } = person;
      await startByKeys(person);
      await arrive(person, 'audience', { axe: false });
      const english = page.getByRole('button', { name: languageButton.en, exact: true });
      await tabTo(page, english, 'the English button', { backwards: true });
      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 5_000 })
        .catch(() => undefined);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await expectStep(page, 'audience');
      // APP BUG (src/app/LanguageSwitch.tsx): the focused "English" button is replaced by a new
      // "Dansk" button (another key), so focus falls to <body> and a screen reader loses its place.
      await page
        .waitForFunction(() => document.activeElement !== document.body, null, { timeout: 2_000 })
        .catch(() => undefined);
      expect(
        await describeFocus(page),
        'after Enter on "English", focus must stay on the page (the new "Dansk" button or the h1)',
      ).not.toBe(NOTHING_FOCUSED);
    });
  });
});
