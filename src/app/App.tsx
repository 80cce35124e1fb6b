import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { FlowProvider, useFlowSelector } from '../flow/FlowProvider';
import type { FlowInput } from '../flow/flowMachine';
import { locationKey } from '../flow/flowLocation';
import type { Language } from '../i18n/languages';
import { applyDocumentLanguage, loadTexts, type Texts } from '../i18n/texts';
import { TextsProvider, type ShownTexts } from '../i18n/useTexts';
import type { SnapshotLoad } from '../privacy/answersSnapshot';
import { StartScreen, type JourneyLoading } from '../screens/StartScreen';
import { PersonNameProvider } from '../ui/personName';
import { journeyLoader, type JourneyLoader, type LoadedJourney } from './appFlow';
import { ErrorBoundary } from './ErrorBoundary';
import { CurrentFlow, ErrorPage } from './ErrorPage';
import { Layout, Main } from './Layout';
import { useAnswersSnapshot } from './useAnswersSnapshot';
import { useJourney } from './useJourney';

function CurrentScreen({
  resumeStatus,
  journey,
  loading,
}: {
  resumeStatus: SnapshotLoad['status'];
  journey: LoadedJourney | undefined;
  loading: JourneyLoading;
}) {
  useAnswersSnapshot();
  const location = useFlowSelector((s) => s.location);
  const noAnswers = useFlowSelector((s) => Object.keys(s.answers).length === 0);
  const key = locationKey(location);
  // Focus moves to the heading on every step, but not on the page the person first landed on.
  const [firstKey] = useState(key);
  const [moved, setMoved] = useState(false);
  if (!moved && key !== firstKey) setMoved(true);
  const focusHeading = moved || key !== firstKey;
  // A relative's name for the person lives here, in memory only: never in the machine, the
  // snapshot, the address or an export. Clearing the answers forgets it.
  const [name, setName] = useState('');
  if (noAnswers && name !== '') setName('');
  const personName = useMemo(() => ({ name, setName }), [name]);

  return (
    <PersonNameProvider value={personName}>
      <Layout>
        {location.screen === 'start' || !journey ? (
          <Main>
            <StartScreen
              focusHeading={focusHeading}
              resumeStatus={moved ? 'none' : resumeStatus}
              loading={loading}
            />
          </Main>
        ) : (
          <journey.Journey
            i18n={journey.i18n}
            location={location}
            focusHeading={focusHeading}
            ResultScreen={journey.ResultScreen}
          />
        )}
      </Layout>
    </PersonNameProvider>
  );
}

function Flowing({
  loader,
  language,
  resume,
  current,
}: {
  loader: JourneyLoader;
  language: () => Language;
  resume: SnapshotLoad;
  current: CurrentFlow;
}) {
  const [input] = useState<FlowInput>(() =>
    resume.status === 'restored' ? { answers: resume.answers, keepOnReload: true } : {},
  );
  const { flow, journey, loading } = useJourney(loader, language, input);
  useEffect(() => current.set(flow), [flow, current]);
  return (
    <FlowProvider flow={flow}>
      <CurrentScreen resumeStatus={resume.status} journey={journey} loading={loading} />
    </FlowProvider>
  );
}

/**
 * The language shown, held here, once for the whole app: the frame and the start page read its
 * texts through `useTexts`, the journey's pages through i18next, which follows it in the same render.
 */
function useShownTexts(
  initial: Texts,
  loader: JourneyLoader,
): { shown: ShownTexts; askedLanguage: () => Language } {
  const [texts, setTexts] = useState(initial);
  // The language asked for last: a journey that arrives while another is being fetched takes it.
  const asked = useRef(initial.language);
  const chooseLanguage = useCallback(
    async (language: Language) => {
      const before = asked.current;
      asked.current = language;
      let next: Texts;
      let journey: LoadedJourney | undefined;
      try {
        next = await loadTexts(language);
        journey = loader.loaded();
        await journey?.loadLanguage(language);
      } catch (error) {
        // Not fetched (offline): the language shown stays the one asked for.
        if (asked.current === language) asked.current = before;
        throw error;
      }
      if (asked.current !== language) return;
      // The frame and the journey's pages change language in one render, never one after the other.
      flushSync(() => {
        void journey?.i18n.changeLanguage(language);
        setTexts(next);
      });
      applyDocumentLanguage(next);
    },
    [loader],
  );
  const shown = useMemo(() => ({ ...texts, chooseLanguage }), [texts, chooseLanguage]);
  const askedLanguage = useCallback(() => asked.current, []);
  return { shown, askedLanguage };
}

/**
 * The app: the start page at once (prerendered into index.html at build time, see
 * scripts/prerenderPlugin.ts), the journey fetched by `loader` and started from the start page.
 */
export function App({
  texts,
  loader,
  resume = { status: 'none' },
}: {
  /** The start page's and the frame's texts in the language the app starts in. */
  texts: Texts;
  /** Fetches the journey (main.tsx makes it to fetch it early); by default the app's own. */
  loader?: JourneyLoader;
  /** What the opt-in snapshot held when the page loaded. */
  resume?: SnapshotLoad;
}) {
  const [journey] = useState(() => loader ?? journeyLoader());
  const { shown, askedLanguage } = useShownTexts(texts, journey);
  // The flow at work, for the error page's quick exit, which stands outside it.
  const [currentFlow] = useState(() => new CurrentFlow());
  // The page as served looks the same: boot.ts (to press again what was pressed before) and tests
  // wait for these. Drawn: from here the app hears each press itself. Started: its effects have run.
  useLayoutEffect(() => document.getElementById('root')?.setAttribute('data-app-drawn', ''), []);
  useEffect(() => document.getElementById('root')?.setAttribute('data-app-started', ''), []);
  return (
    <TextsProvider value={shown}>
      <ErrorBoundary fallback={<ErrorPage current={currentFlow} />}>
        <Flowing loader={journey} language={askedLanguage} resume={resume} current={currentFlow} />
      </ErrorBoundary>
    </TextsProvider>
  );
}
