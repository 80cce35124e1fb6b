import { useEffect } from 'react';
import { useFlowActor, useQuestionnaire } from '../flow/FlowProvider';
import { clearSnapshots, saveSnapshot } from '../privacy/answersSnapshot';

/** Keeps the answers in this tab's sessionStorage only while the person has chosen so. */
export function useAnswersSnapshot(): void {
  const actor = useFlowActor();
  const questionnaire = useQuestionnaire();
  useEffect(() => {
    const subscription = actor.subscribe(({ context }) => {
      try {
        if (context.keepOnReload) saveSnapshot(sessionStorage, questionnaire, context.answers);
        else clearSnapshots(sessionStorage);
      } catch {
        // Storage unavailable or full: the answers simply stay in memory only.
      }
    });
    return () => subscription.unsubscribe();
  }, [actor, questionnaire]);
}
