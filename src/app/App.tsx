import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { FlowProvider, useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { flowLocation, locationKey } from '../flow/flowLocation';
import type { FlowLocation } from '../flow/flowMachine';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { PrivacyScreen } from '../screens/PrivacyScreen';
import { StartScreen } from '../screens/StartScreen';
import type { SnapshotLoad } from '../privacy/answersSnapshot';
import { useAnswersSnapshot } from './useAnswersSnapshot';
import { UrgentNotice } from '../screens/UrgentNotice';
import { assess } from '../scoring/assess';
import type { Assessment } from '../scoring/assessment';
import { PersonNameProvider, VoiceProvider } from '../ui/voice';
import { appQuestionnaire } from './appQuestionnaire';
import { preloadableScreen } from './preloadableScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPage';
import { Layout } from './Layout';

// The start page loads alone; the pages after it (with react-hook-form, the answer schemas and the
// result's parts) load when the person starts, and the clinician's import view when opened.
const question = preloadableScreen(() =>
  import('../screens/QuestionScreen').then((m) => m.QuestionScreen),
);
const review = preloadableScreen(() =>
  import('../screens/ReviewScreen').then((m) => m.ReviewScreen),
);
const result = preloadableScreen(() =>
  import('../screens/ResultScreen').then((m) => m.ResultScreen),
);
const QuestionScreen = question.Screen;
const ReviewScreen = review.Screen;
const ResultScreen = result.Screen;
const HandoverScreen = lazy(() => import('../screens/handover/HandoverScreen'));

/**
 * Fetches the journey's pages ahead of need (main.tsx: once the start page is up and the browser
 * is idle; the tests: before rendering). A failure is left for the page itself to meet.
 */
export function prefetchJourney(): Promise<void> {
  return Promise.all([question.preload(), review.preload(), result.preload()]).then(
    () => undefined,
    () => undefined,
  );
}

function screenFor(
  location: FlowLocation,
  questionnaire: Questionnaire,
  assessment: Assessment,
  focusHeading: boolean,
  resumeStatus: SnapshotLoad['status'],
): ReactNode {
  switch (location.screen) {
    case 'start':
      return <StartScreen focusHeading={focusHeading} resumeStatus={resumeStatus} />;
    case 'privacy':
      return <PrivacyScreen focusHeading={focusHeading} />;
    case 'handover':
      return <HandoverScreen focusHeading={focusHeading} />;
    case 'question': {
      const step = questionnaire.steps.find((s) => s.id === location.stepId);
      if (!step) throw new Error(`No step "${location.stepId}"`);
      return <QuestionScreen key={step.id} step={step} focusHeading={focusHeading} />;
    }
    case 'review':
      return <ReviewScreen focusHeading={focusHeading} />;
    case 'result':
      return <ResultScreen assessment={assessment} focusHeading={focusHeading} />;
  }
}

function CurrentScreen({ resumeStatus }: { resumeStatus: SnapshotLoad['status'] }) {
  useAnswersSnapshot();
  const questionnaire = useQuestionnaire();
  const location = useFlowSelector(flowLocation);
  const answers = useFlowSelector((s) => s.context.answers);
  const assessment = useMemo(() => assess(questionnaire, answers), [questionnaire, answers]);
  const key = locationKey(location);
  // Focus moves to the heading on every step, but not on the page the person first landed on.
  const [firstKey] = useState(key);
  const [moved, setMoved] = useState(false);
  if (!moved && key !== firstKey) setMoved(true);
  const focusHeading = moved || key !== firstKey;
  // An answer that needs help now is met with the numbers on every page after it, not only at the end.
  const urgentNow =
    (location.screen === 'question' || location.screen === 'review') &&
    assessment.flags.some((f) => f.flag === 'urgent');
  // A relative's name for the person lives here, in memory only: never in the machine, the
  // snapshot, the address or an export. Clearing the answers forgets it.
  const [name, setName] = useState('');
  if (Object.keys(answers).length === 0 && name !== '') setName('');
  const { audience } = assessment;
  const voice = useMemo(
    () => ({ voice: audience, name: audience === 'relative' ? name : '' }),
    [audience, name],
  );
  const personName = useMemo(() => ({ name, setName }), [name]);

  return (
    <VoiceProvider value={voice}>
      <PersonNameProvider value={personName}>
        <Layout resultLevel={location.screen === 'result' ? assessment.level : undefined}>
          {urgentNow && <UrgentNotice />}
          <Suspense fallback={null}>
            {screenFor(
              location,
              questionnaire,
              assessment,
              focusHeading,
              moved ? 'none' : resumeStatus,
            )}
          </Suspense>
        </Layout>
      </PersonNameProvider>
    </VoiceProvider>
  );
}

export function App({
  i18n,
  questionnaire = appQuestionnaire,
  resume = { status: 'none' },
}: {
  i18n: I18n;
  questionnaire?: Questionnaire;
  /** What the opt-in snapshot held when the page loaded. */
  resume?: SnapshotLoad;
}) {
  const input = resume.status === 'restored' ? { answers: resume.answers, keepOnReload: true } : {};
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={<ErrorPage />}>
        <FlowProvider questionnaire={questionnaire} input={input}>
          <CurrentScreen resumeStatus={resume.status} />
        </FlowProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
