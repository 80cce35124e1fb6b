import type { i18n as I18n } from 'i18next';
import type { FlowInput } from '../flow/flowMachine';
import { createFlowStore, type FlowStore, type StartFlow } from '../flow/flowStore';
import { ensureLanguageLoaded } from '../i18n/i18n';
import { defaultLanguage, isLanguage } from '../i18n/languages';
import type { SnapshotLoad } from '../privacy/answersSnapshot';
import { preloadableScreen } from './preloadableScreen';

// The journey counts as loaded once its result page is too (a chunk of its own, for its size).
const journey = preloadableScreen(() =>
  import('./Journey').then(async ({ Journey, preloadResultScreen }) => {
    await preloadResultScreen();
    return Journey;
  }),
);

/** Every page after the start page; rendered only once `loadJourney` has fetched it. */
export const JourneyScreen = journey.Screen;

/**
 * Everything the pages after the start page need: the flow machine, the questionnaire, the pages
 * and their texts in the language shown. The start page works without any of it.
 */
async function loadJourney(i18n: I18n): Promise<StartFlow> {
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const [{ runFlow }, questionnaire] = await Promise.all([
    import('../flow/runFlow'),
    import('./appQuestionnaire').then((m) => m.appQuestionnaire),
    journey.preload(),
    ensureLanguageLoaded(i18n, language),
  ]);
  return (input) => runFlow(questionnaire, input);
}

/**
 * The app's flow: the start page at once, the journey loaded on `load()` (main.tsx calls it once the
 * page is up) or on the first event. Answers kept from before a reload load it at once.
 */
export function createAppFlow(i18n: I18n, resume?: SnapshotLoad): FlowStore {
  const input: FlowInput =
    resume?.status === 'restored' ? { answers: resume.answers, keepOnReload: true } : {};
  const flow = createFlowStore(() => loadJourney(i18n), input);
  if (input.answers) void flow.load();
  return flow;
}
