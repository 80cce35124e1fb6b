import { createContext, useContext } from 'react';
import type { Language } from './languages';
import type { Texts } from './texts';

/** The language shown and its texts, and the way to show another: the one language of the app. */
export interface ShownTexts extends Texts {
  /** Fetches what the language needs (the journey's texts too, once it is running), then shows it. */
  chooseLanguage(language: Language): Promise<void>;
}

const TextsContext = createContext<ShownTexts | null>(null);

/** Given by the app (src/app/App.tsx), which holds the language shown. */
export const TextsProvider = TextsContext.Provider;

/**
 * The texts of the start page and the frame around every page, without i18next, so that it stays
 * off the first load. The rule: what the first load draws (src/app, the start page, the urgent
 * numbers, the page heading) reads its texts here; the journey's pages, which load with i18next,
 * use react-i18next's `useTranslation`. Both show the one language the app holds.
 */
export function useTexts(): ShownTexts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error('useTexts must be used inside <TextsProvider>');
  return texts;
}
