import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchJourney } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import { appQuestionnaire } from './app/appQuestionnaire';
import './app/styles.css';
import { applyDocumentLanguage, createI18n } from './i18n/i18n';
import { languageFromSearch } from './i18n/languages';
import { startDemo } from './mocks/startDemo';
import { loadSnapshot, type SnapshotLoad } from './privacy/answersSnapshot';

// The chosen language may fail to load (offline on a first visit): Danish is bundled and always works.
const i18n = await createI18n(languageFromSearch(window.location.search)).catch(() =>
  createI18n('da'),
);
applyDocumentLanguage(i18n);

function loadResume(): SnapshotLoad {
  try {
    return loadSnapshot(window.sessionStorage, appQuestionnaire);
  } catch {
    return { status: 'none' };
  }
}

// Only in `npm run dev:demo`: stand-in answers for the callback endpoint (removed from real builds).
await startDemo();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} resume={loadResume()} />
  </StrictMode>,
);

// Fetch the journey's pages once the start page has settled and the person is reading it (not
// while it first paints), or as soon as they first press, tap or type.
const prefetch = () => void prefetchJourney();
for (const type of ['pointerdown', 'keydown', 'touchstart']) {
  window.addEventListener(type, prefetch, { once: true, passive: true });
}
window.addEventListener('load', () => setTimeout(prefetch, 3000), { once: true });

// Production only: precache the app's files so it opens offline after the first visit.
registerServiceWorker();
