import { createActor, type SnapshotFrom } from 'xstate';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { flowLocation, locationKey } from './flowLocation';
import { createFlowMachine, type FlowInput, type FlowMachine } from './flowMachine';
import type { Flow, FlowView } from './flow';

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

/** The flow machine at work, behind the few things the pages need of it. */
export type RunningFlow = Required<Flow>;

/**
 * Starts the one flow machine for the questionnaire, on its start page, with what the start page
 * chose (`useJourney` calls it when the journey starts).
 */
export function runFlow(questionnaire: Questionnaire, input: FlowInput): RunningFlow {
  const actor = createActor(createFlowMachine(questionnaire), { input });
  let snapshot = actor.getSnapshot();
  let view = nextView(snapshot, undefined);
  const latest = () => {
    const now = actor.getSnapshot();
    if (now !== snapshot) {
      snapshot = now;
      view = nextView(now, view);
    }
    return snapshot;
  };
  const listeners = new Set<() => void>();
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  // One subscription of our own, with an error handler, so a broken machine is reported to the
  // pages (as `error()`) rather than thrown as an unhandled error.
  actor.subscribe({ next: tell, error: tell });
  actor.start();
  return {
    questionnaire,
    view: () => {
      latest();
      return view;
    },
    error: () => {
      const now = latest();
      return now.status === 'error'
        ? (now.error ?? new Error('The flow machine failed'))
        : undefined;
    },
    send: (event) => actor.send(event),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
