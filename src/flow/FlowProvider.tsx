import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Flow, FlowView } from './flow';
import { useHistorySync } from './useHistorySync';

const FlowContext = createContext<Flow | null>(null);

/** Gives the pages the flow and keeps the browser's history in step with it. */
export function FlowProvider({ flow, children }: { flow: Flow; children: ReactNode }) {
  useHistorySync(flow);
  return <FlowContext.Provider value={flow}>{children}</FlowContext.Provider>;
}

/**
 * The flow alone, without moving through history: for the error page, whose quick exit wipes the
 * answers in the flow even when a page of the journey failed.
 */
export function FlowOnlyProvider({ flow, children }: { flow: Flow; children: ReactNode }) {
  return <FlowContext.Provider value={flow}>{children}</FlowContext.Provider>;
}

/** The flow, to send events to. */
export function useFlow(): Flow {
  const flow = useContext(FlowContext);
  if (!flow) throw new Error('useFlow… must be used inside <FlowProvider>');
  return flow;
}

/**
 * A part of the flow's view; the component renders again when that part changes. A broken machine
 * makes this throw, so the app's error boundary shows the error page with the urgent numbers.
 */
export function useFlowSelector<T>(selector: (view: FlowView) => T): T {
  const flow = useFlow();
  const select = () => {
    const error = flow.error?.();
    if (error !== undefined) throw error;
    return selector(flow.view());
  };
  return useSyncExternalStore(flow.subscribe, select, select);
}

/** The questionnaire the flow runs; only the pages after the start page, which need the journey. */
export function useQuestionnaire(): Questionnaire {
  const { questionnaire } = useFlow();
  if (!questionnaire) throw new Error('The journey has not started: no questionnaire yet');
  return questionnaire;
}
