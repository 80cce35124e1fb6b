import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { journeyLoader } from './app/appFlow';
import { registerServiceWorker } from './app/registerServiceWorker';
import { watchForMissingAssets } from './app/staleVersion';
import { languageFromSearch, startLanguage } from './config/startLanguage';
import { defaultLanguage, isLanguage } from './i18n/languages';
import { applyDocumentLanguage, loadTexts } from './i18n/texts';
import { startDemo } from './mocks/startDemo';
import { hasSnapshot, type SnapshotLoad } from './privacy/answersSnapshot';

// A chunk of this version that can no longer be fetched (after a deploy) is said plainly.
watchForMissingAssets();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The start page as the build rendered it (scripts/prerenderPlugin.ts), in the page's language;
// none under the dev server. A language's own address (/en/) starts in it; the root address in
// the deployment's language, Danish unless configured.
const prerendered = root.dataset.prerendered;
const pageLanguage =
  isLanguage(prerendered) && prerendered !== defaultLanguage ? prerendered : startLanguage;

// The chosen language may fail to load (offline on a first visit): the start page's Danish is
// bundled and always works (the rest of Danish comes with the journey).
const texts = await loadTexts(languageFromSearch(window.location.search, pageLanguage)).catch(() =>
  loadTexts(defaultLanguage),
);
applyDocumentLanguage(texts);

// Answers kept from before a reload are read with the questionnaire, which otherwise loads later.
async function loadResume(): Promise<SnapshotLoad> {
  try {
    if (!hasSnapshot(window.sessionStorage)) return { status: 'none' };
    const [{ loadSnapshot }, { appQuestionnaire }] = await Promise.all([
      import('./privacy/loadSnapshot'),
      import('./app/appQuestionnaire'),
    ]);
    return loadSnapshot(window.sessionStorage, appQuestionnaire);
  } catch {
    return { status: 'none' };
  }
}
const resume = await loadResume();

// Only in `npm run dev:demo`: stand-in answers for the callback endpoint (removed from real builds).
await startDemo();

const loader = journeyLoader();
const app = (
  <StrictMode>
    <App texts={texts} loader={loader} resume={resume} />
  </StrictMode>
);
// The page as served is the start page as it first shows: the app takes it over as it is. Another
// language (`?lng=`) or answers kept from before a reload show another page: drawn afresh.
// As a transition, so taking it over yields to the person's first press, tap or key.
if (prerendered === texts.language && resume.status === 'none') {
  startTransition(() => void hydrateRoot(root, app));
} else createRoot(root).render(app);

// Fetch the journey (the flow machine, i18next, the questions and their texts) once the start
// page has settled and the person is reading it (not while it first paints), or as soon as they
// first press, tap or type. It starts when they press Start, in the language shown then.
const loadJourney = () => void loader.load(texts.language).catch(() => undefined);
for (const type of ['pointerdown', 'keydown', 'touchstart']) {
  window.addEventListener(type, loadJourney, { once: true, passive: true });
}
const loadJourneySoon = () => setTimeout(loadJourney, 3000);
// The awaits above may have outlasted the page's `load` event.
if (document.readyState === 'complete') loadJourneySoon();
else window.addEventListener('load', loadJourneySoon, { once: true });

// Production only: precache the app's files so it opens offline after the first visit.
registerServiceWorker();
