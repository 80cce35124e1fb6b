import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { FlowProvider, useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { flowLocation, locationKey } from '../flow/flowLocation';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { QuestionScreen } from '../screens/QuestionScreen';
import { ResultScreen } from '../screens/ResultScreen';
import { ReviewScreen } from '../screens/ReviewScreen';
import { StartScreen } from '../screens/StartScreen';
import { appQuestionnaire } from './appQuestionnaire';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPage';
import { Layout } from './Layout';

function CurrentScreen() {
  const questionnaire = useQuestionnaire();
  const location = useFlowSelector(flowLocation);
  const key = locationKey(location);
  // Focus moves to the heading on every step, but not on the page the person first landed on.
  const [firstKey] = useState(key);
  const [moved, setMoved] = useState(false);
  if (!moved && key !== firstKey) setMoved(true);
  const focusHeading = moved || key !== firstKey;

  switch (location.screen) {
    case 'start':
      return (
        <Layout>
          <StartScreen focusHeading={focusHeading} />
        </Layout>
      );
    case 'question': {
      const step = questionnaire.steps.find((s) => s.id === location.stepId);
      if (!step) throw new Error(`No step "${location.stepId}"`);
      return (
        <Layout>
          <QuestionScreen key={step.id} step={step} focusHeading={focusHeading} />
        </Layout>
      );
    }
    case 'review':
      return (
        <Layout>
          <ReviewScreen focusHeading={focusHeading} />
        </Layout>
      );
    case 'result':
      return <ResultScreen focusHeading={focusHeading} />;
  }
}

export function App({
  i18n,
  questionnaire = appQuestionnaire,
}: {
  i18n: I18n;
  questionnaire?: Questionnaire;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary fallback={<ErrorPage />}>
        <FlowProvider questionnaire={questionnaire}>
          <CurrentScreen />
        </FlowProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
