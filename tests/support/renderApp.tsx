import { render, screen } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import { appQuestionnaire } from '../../src/app/appQuestionnaire';
import { journeyLoader } from '../../src/app/appFlow';
import { runFlow } from '../../src/flow/runFlow';
import type { Language } from '../../src/i18n/languages';
import { loadTexts } from '../../src/i18n/texts';
import type { Answer } from '../../src/questionnaire/answers';
import type { SnapshotLoad } from '../../src/privacy/answersSnapshot';
import { completeAnswers } from './completeAnswers';

/** The flow machine at work on its start page, for a part of the app rendered on its own. */
export function loadedFlow() {
  return runFlow(appQuestionnaire, {});
}

/** The app's journey fetched, as it is in the browser once the start page has settled. */
export async function loadedJourney(language: Language = 'da') {
  const loader = journeyLoader();
  await loader.load(language);
  expect(loader.loaded(), 'the journey loaded').toBeDefined();
  return loader;
}

/** The whole app as a person meets it, in jsdom, with a user who clicks and types. */
export async function renderApp(language: Language = 'da', resume?: SnapshotLoad) {
  const texts = await loadTexts(language);
  const loader = await loadedJourney(language);
  const user = userEvent.setup();
  const view = render(<App texts={texts} loader={loader} resume={resume} />);
  return { ...view, user };
}

/**
 * Opens the app on the result of a whole journey (`given`, the rest by `completeAnswers`), as a
 * restored snapshot would, reached through the review as a person would.
 */
export async function atResult(given: Record<string, Answer>, language: Language = 'da') {
  const { user } = await renderApp(language, {
    status: 'restored',
    answers: completeAnswers(given),
  });
  await user.click(screen.getByRole('button', { name: /^(Fortsæt|Continue)$/ }));
  await user.click(screen.getByRole('button', { name: /^(Se resultatet|See the result)$/ }));
  await screen.findByRole('heading', {
    level: 1,
    name: /^(Dit resultat|Resultatet af tjekket|Your result|Result of the check)$/,
  });
  return { main: screen.getByRole('main'), user };
}

/** Presses Start and answers "Who is this about?" with the person themselves, in either language. */
export async function startForSelf(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByRole('radio', { name: /^(Mig selv|Myself)$/ }));
  await user.click(screen.getByRole('button', { name: /^(Fortsæt|Continue)$/ }));
}

/**
 * Answers "no" on the safety pages asked of everyone (an overdose, thoughts of self-harm), in
 * either language, as the pages come after the substances.
 */
export async function answerSafetyPagesNo(user: ReturnType<typeof userEvent.setup>) {
  for (const item of ['overdose', 'self-harm']) {
    const page = document.querySelector(`fieldset[data-item="${item}"]`);
    expect(page, `the ${item} page is shown`).not.toBeNull();
    const no = page?.querySelector<HTMLInputElement>('input[value="no"]');
    if (!no) throw new Error(`the ${item} page has no "no"`);
    await user.click(no);
    await user.click(screen.getByRole('button', { name: /^(Fortsæt|Continue)$/ }));
  }
}
