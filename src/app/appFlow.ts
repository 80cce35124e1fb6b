import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import type { FlowInput } from '../flow/flowMachine';
import type { RunningFlow } from '../flow/runFlow';
import { ensureLanguageLoaded } from '../i18n/i18n';
import { defaultLanguage, isLanguage } from '../i18n/languages';
import type { ResultScreen } from '../screens/ResultScreen';
import type { JourneyProps } from './Journey';

/** The journey once fetched: every page after the start page, and the flow machine to run them. */
export interface LoadedJourney {
  Journey: ComponentType<JourneyProps>;
  /** The result page, a chunk of its own for its size, fetched with the rest. */
  ResultScreen: typeof ResultScreen;
  /** Starts the flow machine on the start page with what the start page chose. */
  start(input: FlowInput): RunningFlow;
}

/** Fetches the journey once; after a failure (offline on a first visit) the next call tries again. */
export interface JourneyLoader {
  load(): Promise<LoadedJourney>;
  /** The journey, if it has arrived: then it starts at once, without waiting for a promise. */
  loaded(): LoadedJourney | undefined;
}

/**
 * Everything the pages after the start page need: the flow machine, the questionnaire, the pages
 * and their texts in the language shown. The start page works without any of it.
 */
async function loadJourney(i18n: I18n): Promise<LoadedJourney> {
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const [{ runFlow }, { appQuestionnaire }, { Journey }, { ResultScreen }] = await Promise.all([
    import('../flow/runFlow'),
    import('./appQuestionnaire'),
    import('./Journey'),
    import('../screens/ResultScreen'),
    ensureLanguageLoaded(i18n, language),
  ]);
  return { Journey, ResultScreen, start: (input) => runFlow(appQuestionnaire, input) };
}

/** The app's journey, fetched on `load()`: main.tsx asks once the page is up, Start asks if needed. */
export function journeyLoader(i18n: I18n): JourneyLoader {
  let loading: Promise<LoadedJourney> | undefined;
  let journey: LoadedJourney | undefined;
  return {
    load() {
      loading ??= loadJourney(i18n).then(
        (loaded) => (journey = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => journey,
  };
}
