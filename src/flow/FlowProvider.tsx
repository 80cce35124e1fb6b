import { useSelector } from '@xstate/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { FlowSnapshot, FlowStore } from './flowStore';
import { useHistorySync } from './useHistorySync';

const FlowContext = createContext<FlowStore | null>(null);

/** Gives the pages the flow (see `createFlowStore`) and keeps the browser's history in step with it. */
export function FlowProvider({ flow, children }: { flow: FlowStore; children: ReactNode }) {
  useHistorySync(flow);
  return <FlowContext.Provider value={flow}>{children}</FlowContext.Provider>;
}

/**
 * The flow alone, without moving through history: for the error page, whose quick exit wipes the
 * answers in the flow even when a page of the journey failed.
 */
export function FlowOnlyProvider({ flow, children }: { flow: FlowStore; children: ReactNode }) {
  return <FlowContext.Provider value={flow}>{children}</FlowContext.Provider>;
}

/** The flow, to send events to. */
export function useFlow(): FlowStore {
  const flow = useContext(FlowContext);
  if (!flow) throw new Error('useFlow… must be used inside <FlowProvider>');
  return flow;
}

/**
 * A part of the flow's snapshot; the component renders again when that part changes. A broken
 * machine (status `error`) makes this throw, as @xstate/react's `useSelector` does for an actor,
 * so the app's error boundary shows the error page with the urgent numbers.
 */
export function useFlowSelector<T>(selector: (snapshot: FlowSnapshot) => T): T {
  return useSelector(useFlow(), selector);
}

/** The questionnaire the flow runs; only the pages after the start page, which need the flow running. */
export function useQuestionnaire(): Questionnaire {
  const questionnaire = useFlowSelector((snapshot) => snapshot.questionnaire);
  if (!questionnaire) throw new Error('The journey has not loaded: no questionnaire yet');
  return questionnaire;
}
