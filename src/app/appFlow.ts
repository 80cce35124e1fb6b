import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import type { FlowInput } from '../flow/flowMachine';
import type { RunningFlow } from '../flow/runFlow';
import type { Language } from '../i18n/languages';
import type { ResultScreen } from '../screens/ResultScreen';
import type { JourneyProps } from './Journey';

/** The journey once fetched: every page after the start page, and the flow machine to run them. */
export interface LoadedJourney {
  Journey: ComponentType<JourneyProps>;
  /** The result page, a chunk of its own for its size, fetched with the rest. */
  ResultScreen: typeof ResultScreen;
  /** Starts the flow machine on the start page with what the start page chose. */
  start(input: FlowInput): RunningFlow;
  /** i18next with the journey's texts, which the journey's pages read (src/i18n/i18n.ts). */
  i18n: I18n;
  /** Fetches every text of the language for the journey's pages; the app then shows it. */
  loadLanguage(language: Language): Promise<void>;
}

/** Fetches the journey once; after a failure (offline on a first visit) the next call tries again. */
export interface JourneyLoader {
  /** The journey, with its texts in the language (the one shown when it is asked for). */
  load(language: Language): Promise<LoadedJourney>;
  /** The journey, if it has arrived: then it starts at once, without waiting for a promise. */
  loaded(): LoadedJourney | undefined;
}

/**
 * Everything the pages after the start page need: the flow machine, the questionnaire, the pages,
 * i18next and their texts in the language shown. The start page works without any of it.
 */
async function loadJourney(language: Language): Promise<LoadedJourney> {
  const [{ runFlow }, { appQuestionnaire }, { Journey }, { ResultScreen }, texts] =
    await Promise.all([
      import('../flow/runFlow'),
      import('./appQuestionnaire'),
      import('./Journey'),
      import('../screens/ResultScreen'),
      import('../i18n/i18n').then(async (module) => ({
        i18n: await module.createI18n(language),
        ensureLanguageLoaded: module.ensureLanguageLoaded,
      })),
    ]);
  return {
    Journey,
    ResultScreen,
    start: (input) => runFlow(appQuestionnaire, input),
    i18n: texts.i18n,
    loadLanguage: (next) => texts.ensureLanguageLoaded(texts.i18n, next),
  };
}

/** The app's journey, fetched on `load()`: main.tsx asks once the page is up, Start asks if needed. */
export function journeyLoader(): JourneyLoader {
  let loading: Promise<LoadedJourney> | undefined;
  let journey: LoadedJourney | undefined;
  return {
    async load(language) {
      loading ??= loadJourney(language).then(
        (loaded) => (journey = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      const loaded = await loading;
      await loaded.loadLanguage(language);
      return loaded;
    },
    loaded: () => journey,
  };
}
