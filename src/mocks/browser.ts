import { setupWorker } from 'msw/browser';
import { demoScenarios, isDemoScenario, type DemoScenario } from './callbackHandlers';
import './demo.css';

/** Says on every page, in both languages, that nothing is sent anywhere. */
function showDemoBanner(scenario: DemoScenario): void {
  const banner = document.createElement('aside');
  banner.className = 'demo-banner';
  banner.setAttribute('aria-label', 'Demo');
  const title = document.createElement('strong');
  title.textContent = 'Demo';
  const answer = scenario === 'accepted' ? '' : ` (${scenario})`;
  banner.append(
    title,
    ` – intet bliver sendt: en testudgave i browseren svarer på henvendelser${answer}.`,
    ` / Nothing is sent: a stand-in in the browser answers requests${answer}.`,
  );
  document.body.prepend(banner);
}

/** Starts Mock Service Worker with the demo's stand-in endpoint, then shows the demo banner. */
export async function startDemoWorker(): Promise<void> {
  const requested = new URLSearchParams(window.location.search).get('demo-callback');
  const scenario = isDemoScenario(requested) ? requested : 'accepted';
  const worker = setupWorker(demoScenarios[scenario]());
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // The app's own files pass through untouched; only the stand-in endpoint is answered.
    onUnhandledRequest: 'bypass',
  });
  showDemoBanner(scenario);
}
