import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import type { Language } from './i18n/languages';

/** The start page as a person first meets it, rendered to HTML at build time. */
export interface RenderedStartPage {
  language: Language;
  /** What goes inside `<div id="root">`: main.tsx hydrates it. */
  markup: string;
  /** The tab's title, as the start page sets it once the app runs. */
  title: string;
}

/**
 * Renders the start page in a language exactly as the app's first render draws it in the browser
 * (the same App, no answers, nothing restored), so that hydrating it changes nothing.
 * scripts/prerenderPlugin.ts calls it while building.
 */
export async function renderStartPage(language: Language): Promise<RenderedStartPage> {
  const i18n = await createI18n(language, { startPageOnly: true });
  const markup = renderToString(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
  return { language, markup, title: `${i18n.t('start.title')} – ${i18n.t('app.titleSuffix')}` };
}
