import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { applyDocumentLanguage, createI18n } from './i18n/i18n';
import { languageFromSearch } from './i18n/languages';

const i18n = await createI18n(languageFromSearch(window.location.search));
applyDocumentLanguage(i18n);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
