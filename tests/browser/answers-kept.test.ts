import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIds, signPages, type PlannedStep } from './answering';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import {
  answerByKeys,
  arrive,
  backByKeys,
  changeFromReview,
  chooseRadioByKeys,
  confirmByKeys,
  continueByKeys,
  keyboardPerson,
  reviewAnswer,
  startByKeys,
  tabTo,
  tickByKeys,
  walk,
  type KeyboardPerson,
} from './keyboard';
import {
  expectFocused,
  expectResultShows,
  resultMain,
  resultSignCounts,
  stepFieldset,
} from './screens';
import { questionnaireTexts, type Language } from './texts';

/*
 * Answers are kept, dropped and asked again as the flow fixes of issue 11 say, by keyboard alone
 * in the built app: a safety answer outlives a change of substances, a sign is never counted for
 * a substance it was not asked about, and a choice not yet sent survives the privacy page.
 */

function substance(language: Language, code: string) {
  const found = questionnaireTexts[language].substances[code];
  if (!found) throw new Error(`No substance "${code}"`);
  return found;
}

function checkedValues(page: Page, stepId: string): Promise<string[]> {
  return stepFieldset(page, stepId)
    .locator('input:checked')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

function continueButton({ page, ui }: KeyboardPerson): Locator {
  return page.getByRole('button', { name: ui.question.continue, exact: true });
}

/** The privacy page's Back above its h1 (another one ends the page); '‹ ' is decoration. */
function privacyBackButton(person: KeyboardPerson): Locator {
  return person.page
    .getByRole('button', { name: new RegExp(`^\\W*${person.ui.privacy.back}$`) })
    .first();
}

/**
 * From wherever focus is on a question page: Tab to the footer's privacy link, Enter; on the
 * privacy page (its h1 focused, axe clean) Shift+Tab to its Back button, Enter; back on `stepId`.
 */
async function visitPrivacyByKeys(person: KeyboardPerson, stepId: string): Promise<void> {
  const { page, ui, language } = person;
  const link = page.getByRole('button', { name: ui.privacy.link, exact: true });
  await tabTo(page, link, 'the privacy link in the footer');
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: ui.privacy.title, exact: true });
  await expectFocused(page, heading, 'the h1 of the privacy page');
  expect(await stepFieldset(page, stepId).count(), `${stepId} is gone from view`).toBe(0);
  await expectNoAxeViolations(page, `the privacy page (${language})`);
  await page.keyboard.press('Shift+Tab');
  await expectFocused(page, privacyBackButton(person), 'the Back button on the privacy page');
  await page.keyboard.press('Enter');
  await arrive(person, stepId);
}

describe('answers kept, dropped and asked again (issue 11), by keyboard alone', () => {
  const browser = useBrowser();

  it('in English: thoughts of self-harm outlive a change to "None of these"; the urgent box stays', async () => {
    await runJourney(browser(), { path: '?lng=en' }, async (journey) => {
      const person = keyboardPerson(journey.page, 'en');
      const { page, ui } = person;
      await startByKeys(person);
      await walk(person, [
        ['audience', 'self'],
        ['age-group', '25-35'],
        ['substances', ['cannabis']],
        ['frequency.cannabis', 'monthly'],
        ['pregnancy', 'no'],
        ...signPages({}),
        ['overdose', 'no'],
        ['self-harm', 'yes'],
      ]);
      await arrive(person, 'review');
      const yes = await reviewAnswer(person, 'self-harm');
      expect(yes, 'the self-harm answer on the review').toBeTruthy();

      // "None of these" takes away every page about use, but not the two asked of everyone.
      await changeFromReview(person, 'substances');
      await arrive(person, 'substances', { axe: false });
      await tickByKeys(page, 'substances', ['none']);
      await continueByKeys(page, ui, 'substances');
      await arrive(person, 'review', { axe: false });
      expect(await reviewAnswer(person, 'self-harm'), 'the self-harm answer, kept').toBe(yes);
      expect(await reviewAnswer(person, 'craving'), 'a sign page, gone').toBeUndefined();

      await confirmByKeys(person);
      await arrive(person, 'result');
      // No use, yet the level is not "none": the headline says so, and that safety comes first.
      await expectResultShows(page, ui, {
        level: 'risky',
        flags: ['urgent'],
        sentence: ui.result.level.flagOnlyNoUse.urgent,
      });
      const urgent = resultMain(page).locator('[data-flag="urgent"]');
      const phones = await urgent
        .locator('a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(phones, 'numbers in the urgent box').toEqual(
        expect.arrayContaining(['tel:112', 'tel:+4570201201']),
      );
      expect(await urgent.innerText(), 'the urgent box').toContain('Livslinien');
    });
  }, 120_000);

  it('in Danish: cannabis added from the review asks every sign page again; only its answers count', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const person = keyboardPerson(journey.page, 'da');
      const { page, ui } = person;
      const alcohol = substance('da', 'alcohol');
      const cannabis = substance('da', 'cannabis');
      await startByKeys(person);
      await walk(person, [
        ['audience', 'self'],
        ['age-group', '25-35'],
        ['substances', ['alcohol']],
        ['alcohol-days', { digits: '2' }],
        ['alcohol-typical-day', { digits: '2' }],
        ['alcohol-heavy-days', 'never'],
        ['pregnancy', 'no'],
        ...signPages({}),
        ['overdose', 'no'],
        ['severe-withdrawal', 'no'],
        ['self-harm', 'no'],
      ]);
      await arrive(person, 'review');
      for (const id of signIds) {
        expect(person.titles.get(id), `${id} asked about alcohol alone`).not.toContain(
          cannabis.inSentence,
        );
      }

      await changeFromReview(person, 'substances');
      await arrive(person, 'substances', { axe: false });
      await tickByKeys(page, 'substances', ['alcohol', 'cannabis']);
      await continueByKeys(page, ui, 'substances');
      await walk(person, [['frequency.cannabis', 'weekly']]);

      // Every sign page again, from the first, naming cannabis, with no answer carried over from
      // the "no" given about alcohol alone; then mixing, shown now that there are two substances.
      const again: PlannedStep[] = [...signPages({ craving: ['cannabis'] }), ['mixing', 'no']];
      expect(again[0]?.[0], 'the first page asked again').toBe('larger-amounts');
      for (const [stepId, answer] of again) {
        await arrive(person, stepId);
        if (!stepId.endsWith('.which') && stepId !== 'mixing') {
          const title = person.titles.get(stepId) ?? '';
          expect(title, `the h1 of ${stepId}`).toContain(cannabis.inSentence);
          expect(title, `the h1 of ${stepId}`).toContain(alcohol.inSentence);
          expect(await checkedValues(page, stepId), `${stepId}: nothing chosen yet`).toEqual([]);
        }
        await answerByKeys(page, stepId, answer);
        await continueByKeys(page, ui, stepId);
      }

      await arrive(person, 'review');
      await confirmByKeys(person);
      await arrive(person, 'result');
      // Cannabis: craving, the one sign answered after cannabis was chosen; alcohol: none, and
      // 2 days × 2 = 4 a week, within the recommendation.
      expect(await resultSignCounts(page), 'the signs on the result').toEqual({
        [alcohol.label]: 0,
        [cannabis.label]: 1,
      });
      await expectResultShows(page, ui, { level: 'risky', flags: [] });
    });
  }, 120_000);

  it('in Danish: a radio chosen but not sent survives the privacy page and its Back', async () => {
    await runJourney(browser(), {}, async (journey) => {
      const person = keyboardPerson(journey.page, 'da');
      const { page, ui } = person;
      await startByKeys(person);
      await walk(person, [['audience', 'self']]);
      await arrive(person, 'age-group');
      await chooseRadioByKeys(page, 'age-group', '36-64');
      await visitPrivacyByKeys(person, 'age-group');
      expect(await checkedValues(page, 'age-group'), 'the radio, still chosen').toEqual(['36-64']);
      // The choice kept is the one Continue sends: Back shows it as the answer given.
      await tabTo(page, continueButton(person), 'the Continue button on age-group');
      await page.keyboard.press('Enter');
      await arrive(person, 'substances', { axe: false });
      await backByKeys(page, ui, 'substances');
      await arrive(person, 'age-group', { axe: false });
      expect(await checkedValues(page, 'age-group'), 'the answer sent').toEqual(['36-64']);
    });
  });

  it('in English: boxes ticked but not sent survive the privacy page and its Back', async () => {
    await runJourney(browser(), { path: '?lng=en' }, async (journey) => {
      const person = keyboardPerson(journey.page, 'en');
      const { page } = person;
      await startByKeys(person);
      await walk(person, [
        ['audience', 'self'],
        ['age-group', '18-24'],
      ]);
      await arrive(person, 'substances');
      await tickByKeys(page, 'substances', ['alcohol', 'cannabis']);
      await visitPrivacyByKeys(person, 'substances');
      expect(await checkedValues(page, 'substances'), 'the boxes, still ticked').toEqual([
        'alcohol',
        'cannabis',
      ]);
      // Both were sent: cannabis's page comes first, then alcohol's days.
      await tabTo(page, continueButton(person), 'the Continue button on substances');
      await page.keyboard.press('Enter');
      await walk(person, [['frequency.cannabis', 'weekly']]);
      await arrive(person, 'alcohol-days');
    });
  });
});
