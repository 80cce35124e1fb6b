import { useEffect } from 'react';
import { useFlow } from '../flow/FlowProvider';
import { clearSnapshots, saveSnapshot } from '../privacy/answersSnapshot';

/** Keeps the answers in this tab's sessionStorage only while the person has chosen so. */
export function useAnswersSnapshot(): void {
  const flow = useFlow();
  useEffect(() => {
    const keep = () => {
      const { answers, keepOnReload } = flow.view();
      const { questionnaire } = flow;
      try {
        // The snapshot is named by the questionnaire, which comes with the journey: before it starts
        // there is nothing new to keep (what a reload restored is still in storage).
        if (!keepOnReload) clearSnapshots(sessionStorage);
        else if (questionnaire) saveSnapshot(sessionStorage, questionnaire, answers);
      } catch {
        // Storage unavailable or full: the answers simply stay in memory only.
      }
    };
    // Whatever changed before this effect ran counts too.
    keep();
    return flow.subscribe(keep);
  }, [flow]);
}
