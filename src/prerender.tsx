import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import type { Language } from './i18n/languages';
import { loadTexts } from './i18n/texts';

/** The start page as a person first meets it, rendered to HTML at build time. */
export interface RenderedStartPage {
  language: Language;
  /** What goes inside `<div id="root">`: main.tsx hydrates it. */
  markup: string;
  /** The tab's title, as the start page sets it once the app runs. */
  title: string;
  /** What search results and shared links say of the page (`<meta name="description">`). */
  description: string;
}

/**
 * Renders the start page in a language exactly as the app's first render draws it in the browser
 * (the same App, no answers, nothing restored), so that hydrating it changes nothing.
 * scripts/prerenderPlugin.ts calls it while building.
 */
export async function renderStartPage(language: Language): Promise<RenderedStartPage> {
  const texts = await loadTexts(language);
  const markup = renderToString(
    <StrictMode>
      <App texts={texts} />
    </StrictMode>,
  );
  const { t } = texts;
  return {
    language,
    markup,
    title: `${t('start.title')} – ${t('app.titleSuffix')}`,
    description: t('app.description'),
  };
}
