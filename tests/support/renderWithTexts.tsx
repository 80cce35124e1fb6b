import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { loadTexts } from '../../src/i18n/texts';
import { TextsProvider, type ShownTexts } from '../../src/i18n/useTexts';

/** The frame's texts (`useTexts`) in the language, fixed: a test that switches language uses the app. */
export async function frameTexts(language: Language = 'da'): Promise<ShownTexts> {
  return { ...(await loadTexts(language)), chooseLanguage: async () => undefined };
}

/**
 * Renders a piece of the interface with the app's texts, as a user would meet it: the journey's
 * (i18next) and the frame's (`useTexts`), in the one language.
 */
export async function renderWithTexts(ui: ReactNode, language: Language = 'da') {
  const i18n = await createI18n(language);
  const texts = await frameTexts(language);
  const user = userEvent.setup();
  const withTexts = (node: ReactNode) => (
    <TextsProvider value={texts}>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </TextsProvider>
  );
  const rendered = render(withTexts(ui));
  // Rendered again inside the same provider, so React updates the piece rather than remounting it.
  const rerender = (next: ReactNode) => rendered.rerender(withTexts(next));
  return { ...rendered, user, rerender };
}
