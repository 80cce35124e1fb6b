import { createActor, type SnapshotFrom } from 'xstate';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { flowLocation, locationKey } from './flowLocation';
import { createFlowMachine, type FlowInput, type FlowMachine } from './flowMachine';
import type { FlowView, RunningFlow } from './flowStore';

/** The view of a machine snapshot, keeping the previous view whenever nothing in it changed. */
function nextView(snapshot: SnapshotFrom<FlowMachine>, previous: FlowView | undefined): FlowView {
  const location = flowLocation(snapshot);
  const { answers, keepOnReload } = snapshot.context;
  if (
    previous &&
    locationKey(previous.location) === locationKey(location) &&
    previous.answers === answers &&
    previous.keepOnReload === keepOnReload
  ) {
    return previous;
  }
  return { location, answers, keepOnReload };
}

/** Starts the one flow machine for the questionnaire (see `createFlowStore`, which holds it). */
export function runFlow(questionnaire: Questionnaire, input: FlowInput): RunningFlow {
  const actor = createActor(createFlowMachine(questionnaire), { input }).start();
  let snapshot = actor.getSnapshot();
  let view = nextView(snapshot, undefined);
  const current = () => {
    const latest = actor.getSnapshot();
    if (latest !== snapshot) {
      snapshot = latest;
      view = nextView(latest, view);
    }
    return view;
  };
  return {
    questionnaire,
    view: current,
    send: (event) => actor.send(event),
    subscribe(listener) {
      const subscription = actor.subscribe(() => listener());
      return () => subscription.unsubscribe();
    },
  };
}
