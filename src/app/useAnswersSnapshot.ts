import { useEffect } from 'react';
import { useFlow } from '../flow/FlowProvider';
import { clearSnapshots, saveSnapshot } from '../privacy/answersSnapshot';

/** Keeps the answers in this tab's sessionStorage only while the person has chosen so. */
export function useAnswersSnapshot(): void {
  const flow = useFlow();
  useEffect(() => {
    const subscription = flow.subscribe(({ answers, keepOnReload, questionnaire }) => {
      try {
        // Before the journey has loaded there is nothing new to keep: the questionnaire, which
        // names the snapshot, comes with it, and the machine saves as soon as it runs.
        if (!keepOnReload) clearSnapshots(sessionStorage);
        else if (questionnaire) saveSnapshot(sessionStorage, questionnaire, answers);
      } catch {
        // Storage unavailable or full: the answers simply stay in memory only.
      }
    });
    return () => subscription.unsubscribe();
  }, [flow]);
}
