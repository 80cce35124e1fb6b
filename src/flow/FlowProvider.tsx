import { useActorRef, useSelector } from '@xstate/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { createFlowMachine, type FlowInput, type FlowMachine } from './flowMachine';
import { useHistorySync } from './useHistorySync';

interface FlowValue {
  actor: ActorRefFrom<FlowMachine>;
  questionnaire: Questionnaire;
}

const FlowContext = createContext<FlowValue | null>(null);

export function FlowProvider({
  questionnaire,
  input = {},
  children,
}: {
  questionnaire: Questionnaire;
  /** Answers to start with (an opt-in snapshot); read once, when the flow starts. */
  input?: FlowInput;
  children: ReactNode;
}) {
  const machine = useMemo(() => createFlowMachine(questionnaire), [questionnaire]);
  const actor = useActorRef(machine, { input });
  useHistorySync(actor);
  const value = useMemo(() => ({ actor, questionnaire }), [actor, questionnaire]);
  return <FlowContext.Provider value={value}>{children}</FlowContext.Provider>;
}

function useFlowValue(): FlowValue {
  const value = useContext(FlowContext);
  if (!value) throw new Error('useFlow… must be used inside <FlowProvider>');
  return value;
}

export function useFlowActor(): ActorRefFrom<FlowMachine> {
  return useFlowValue().actor;
}

export function useQuestionnaire(): Questionnaire {
  return useFlowValue().questionnaire;
}

export function useFlowSelector<T>(selector: (snapshot: SnapshotFrom<FlowMachine>) => T): T {
  return useSelector(useFlowActor(), selector);
}
