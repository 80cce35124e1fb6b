import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, prefetchJourney } from '../../src/app/App';
import { createI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';

/** The whole app as a person meets it, in jsdom, with a user who clicks and types. */
export async function renderApp(language: Language = 'da') {
  // As in the browser once idle: the pages after the start page are fetched before anyone clicks.
  await prefetchJourney();
  const i18n = await createI18n(language);
  const user = userEvent.setup();
  const view = render(<App i18n={i18n} />);
  return { ...view, user, i18n };
}

/** Presses Start and answers "Who is this about?" with the person themselves, in either language. */
export async function startForSelf(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.click(screen.getByRole('radio', { name: /^(Mig selv|Myself)$/ }));
  await user.click(screen.getByRole('button', { name: /^(Fortsæt|Continue)$/ }));
}
