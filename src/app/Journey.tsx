import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { locationKey } from '../flow/flowLocation';
import type { FlowLocation } from '../flow/flowMachine';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { raisesUrgent } from '../referral/isUrgent';
import { assess } from '../scoring/assess';
import type { Assessment } from '../scoring/assessment';
import { stopReading } from '../readAloud/stopReading';
import { PrivacyScreen } from '../screens/PrivacyScreen';
import type { ResultScreen } from '../screens/ResultScreen';
import { PageDraftsProvider, type PageDrafts } from '../screens/pageDrafts';
import { QuestionScreen } from '../screens/QuestionScreen';
import { NameLeftOutOfPrint } from '../screens/result/NameInPrint';
import { ReviewScreen } from '../screens/ReviewScreen';
import { UrgentNotice } from '../screens/UrgentNotice';
import { usePersonName } from '../ui/personName';
import { VoiceProvider } from '../ui/voice';
import { Main } from './Layout';

/** Every page but the start page: loaded once the start page is up, with the flow machine. */
export type JourneyLocation = Exclude<FlowLocation, { screen: 'start' }>;

// The clinician's import view is fetched only when opened. The result page (with the callback
// form's schemas) is a chunk of its own, fetched with this one (see appFlow.ts) and handed in.
const HandoverScreen = lazy(() => import('../screens/handover/HandoverScreen'));

export interface JourneyProps {
  /** i18next with the journey's texts, in the language the app shows (see App.tsx). */
  i18n: I18n;
  location: JourneyLocation;
  focusHeading: boolean;
  ResultScreen: typeof ResultScreen;
}

function screenFor(
  { location, focusHeading, ResultScreen }: JourneyProps,
  questionnaire: Questionnaire,
  assessment: Assessment,
): ReactNode {
  switch (location.screen) {
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
      return (
        <NameLeftOutOfPrint>
          <ResultScreen assessment={assessment} focusHeading={focusHeading} />
        </NameLeftOutOfPrint>
      );
  }
}

/** The page for where the person is, in the voice of their answers, read through i18next. */
export function Journey(props: JourneyProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <JourneyPage {...props} />
    </I18nextProvider>
  );
}

function JourneyPage(props: JourneyProps) {
  const { location } = props;
  const questionnaire = useQuestionnaire();
  const answers = useFlowSelector((s) => s.answers);
  const assessment = useMemo(() => assess(questionnaire, answers), [questionnaire, answers]);
  // An answer that needs help now is met with the numbers on every page after it, not only at the end.
  const urgentNow =
    (location.screen === 'question' || location.screen === 'review') &&
    raisesUrgent(assessment.flags);
  const { name } = usePersonName();
  const [drafts] = useState<PageDrafts>(() => new Map());
  // Reading aloud stops with the page it reads; leaving for the start page also turns it off.
  const page = locationKey(location);
  useEffect(() => () => stopReading(), [page]);
  useEffect(() => () => stopReading(true), []);
  const { audience } = assessment;
  const voice = useMemo(
    () => ({ voice: audience, name: audience === 'relative' ? name : '' }),
    [audience, name],
  );
  return (
    <VoiceProvider value={voice}>
      <PageDraftsProvider value={drafts}>
        <Main resultLevel={location.screen === 'result' ? assessment.level : undefined}>
          {urgentNow && <UrgentNotice />}
          <Suspense fallback={null}>{screenFor(props, questionnaire, assessment)}</Suspense>
        </Main>
      </PageDraftsProvider>
    </VoiceProvider>
  );
}
