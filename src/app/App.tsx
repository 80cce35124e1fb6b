import type { i18n as I18n } from 'i18next';
import { Suspense, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { FlowProvider, useFlowSelector } from '../flow/FlowProvider';
import { locationKey } from '../flow/flowLocation';
import type { FlowStore } from '../flow/flowStore';
import type { SnapshotLoad } from '../privacy/answersSnapshot';
import { StartScreen } from '../screens/StartScreen';
import { PersonNameProvider } from '../ui/voice';
import { createAppFlow, JourneyScreen } from './appFlow';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPage';
import { Layout, Main } from './Layout';
import { useAnswersSnapshot } from './useAnswersSnapshot';

function CurrentScreen({ resumeStatus }: { resumeStatus: SnapshotLoad['status'] }) {
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
        {location.screen === 'start' ? (
          <Main>
            <StartScreen focusHeading={focusHeading} resumeStatus={moved ? 'none' : resumeStatus} />
          </Main>
        ) : (
          // Never waits here: the flow leaves the start page only once the journey has loaded.
          <Suspense fallback={null}>
            <JourneyScreen location={location} focusHeading={focusHeading} />
          </Suspense>
        )}
      </Layout>
    </PersonNameProvider>
  );
}

export function App({
  i18n,
  flow,
  resume = { status: 'none' },
}: {
  i18n: I18n;
  /** The flow to show (main.tsx makes it to load the journey early); by default the app's own. */
  flow?: FlowStore;
  /** What the opt-in snapshot held when the page loaded. */
  resume?: SnapshotLoad;
}) {
  const [appFlow] = useState(() => flow ?? createAppFlow(i18n, resume));
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={<ErrorPage flow={appFlow} />}>
        <FlowProvider flow={appFlow}>
          <CurrentScreen resumeStatus={resume.status} />
        </FlowProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
