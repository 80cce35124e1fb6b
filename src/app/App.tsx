import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { FlowProvider, useFlowSelector } from '../flow/FlowProvider';
import type { FlowInput } from '../flow/flowMachine';
import { locationKey } from '../flow/flowLocation';
import type { SnapshotLoad } from '../privacy/answersSnapshot';
import { StartScreen, type JourneyLoading } from '../screens/StartScreen';
import { PersonNameProvider } from '../ui/voice';
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
  resume,
  current,
}: {
  loader: JourneyLoader;
  resume: SnapshotLoad;
  current: CurrentFlow;
}) {
  const [input] = useState<FlowInput>(() =>
    resume.status === 'restored' ? { answers: resume.answers, keepOnReload: true } : {},
  );
  const { flow, journey, loading } = useJourney(loader, input);
  useEffect(() => current.set(flow), [flow, current]);
  return (
    <FlowProvider flow={flow}>
      <CurrentScreen resumeStatus={resume.status} journey={journey} loading={loading} />
    </FlowProvider>
  );
}

/**
 * The app: the start page at once (prerendered into index.html at build time, see
 * scripts/prerenderPlugin.ts), the journey fetched by `loader` and started from the start page.
 */
export function App({
  i18n,
  loader,
  resume = { status: 'none' },
}: {
  i18n: I18n;
  /** Fetches the journey (main.tsx makes it to fetch it early); by default the app's own. */
  loader?: JourneyLoader;
  /** What the opt-in snapshot held when the page loaded. */
  resume?: SnapshotLoad;
}) {
  const [journey] = useState(() => loader ?? journeyLoader(i18n));
  // The flow at work, for the error page's quick exit, which stands outside it.
  const [currentFlow] = useState(() => new CurrentFlow());
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={<ErrorPage current={currentFlow} />}>
        <Flowing loader={journey} resume={resume} current={currentFlow} />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
