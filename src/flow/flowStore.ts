import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { FlowEvent, FlowInput, FlowLocation } from './flowMachine';

/** What the pages read of the flow: where the person is and what they have answered. */
export interface FlowView {
  location: FlowLocation;
  answers: Answers;
  keepOnReload: boolean;
}

/** The flow machine at work (see `runFlow`), behind the few things the pages need of it. */
export interface RunningFlow {
  questionnaire: Questionnaire;
  /** The same object for as long as nothing in it has changed. */
  view(): FlowView;
  send(event: FlowEvent): void;
  /** Calls the listener after every change of the view; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

/** Starts the flow machine; loaded with the journey, after the start page is up. */
export type StartFlow = (input: FlowInput) => RunningFlow;

export type FlowSnapshot = FlowView &
  (
    | { status: 'waiting'; questionnaire: undefined }
    | { status: 'running'; questionnaire: Questionnaire }
    /** The journey could not be loaded (offline on a first visit): shown as the error page. */
    | { status: 'error'; questionnaire: undefined; error: unknown }
  );

interface Observer {
  next?: (snapshot: FlowSnapshot) => void;
  error?: (error: unknown) => void;
}

/** Shaped like an actor's `subscribe`, so `useSelector` of @xstate/react can read the store. */
export interface FlowStore {
  getSnapshot(): FlowSnapshot;
  subscribe(
    observerOrNext: Observer | ((snapshot: FlowSnapshot) => void),
    error?: (error: unknown) => void,
  ): { unsubscribe(): void };
  send(event: FlowEvent): void;
  /** Loads the journey and starts the machine; resolves once running, or failed, never rejects. */
  load(): Promise<void>;
}

/**
 * Applies an event to the waiting start page. Only the start page's own choices are answered here
 * (keep the answers on reload; delete them), exactly as the machine answers them on its start page;
 * `flowStore.test.ts` holds the two to the same result. Anything else waits for the machine.
 */
export function waitingInput(input: FlowInput, event: FlowEvent): FlowInput | undefined {
  if (event.type === 'resume.set') return { ...input, keepOnReload: event.keep };
  if (event.type === 'flow.restart') return {};
  return undefined;
}

function waitingView(input: FlowInput): FlowView {
  return {
    location: { screen: 'start' },
    answers: input.answers ?? {},
    keepOnReload: input.keepOnReload ?? false,
  };
}

/**
 * The flow as the app holds it: the start page works at once, before the state machine and the
 * journey's pages have loaded. Until then the store answers the start page's own choices itself and
 * keeps every other event, in order, for the machine. The first event starts the loading, if
 * nothing has (the app loads the journey once the start page is up, see main.tsx).
 */
export function createFlowStore(
  startFlow: () => Promise<StartFlow>,
  input: FlowInput = {},
): FlowStore {
  let waiting = input;
  let queued: FlowEvent[] = [];
  let running: RunningFlow | undefined;
  let snapshot: FlowSnapshot = {
    status: 'waiting',
    questionnaire: undefined,
    ...waitingView(input),
  };
  let loading: Promise<void> | undefined;
  const observers = new Set<Observer>();

  const publish = (next: FlowSnapshot) => {
    snapshot = next;
    for (const observer of [...observers]) observer.next?.(snapshot);
  };
  let runningView: FlowView | undefined;
  const publishRunning = (flow: RunningFlow) => {
    const view = flow.view();
    if (view === runningView) return;
    runningView = view;
    publish({ status: 'running', questionnaire: flow.questionnaire, ...view });
  };

  const load = (): Promise<void> => {
    loading ??= startFlow().then(
      (start) => {
        const flow = start(waiting);
        running = flow;
        flow.subscribe(() => publishRunning(flow));
        const events = queued;
        queued = [];
        for (const event of events) flow.send(event);
        publishRunning(flow);
      },
      (error: unknown) => {
        publish({ ...snapshot, status: 'error', questionnaire: undefined, error });
      },
    );
    return loading;
  };

  const store: FlowStore = {
    getSnapshot: () => snapshot,
    subscribe(observerOrNext, error) {
      const observer: Observer =
        typeof observerOrNext === 'function' ? { next: observerOrNext, error } : observerOrNext;
      observers.add(observer);
      return { unsubscribe: () => observers.delete(observer) };
    },
    send(event) {
      if (running) {
        running.send(event);
        return;
      }
      if (snapshot.status === 'error') return;
      const changed = waitingInput(waiting, event);
      if (changed) {
        waiting = changed;
        if (event.type === 'flow.restart') queued = [];
        publish({ status: 'waiting', questionnaire: undefined, ...waitingView(waiting) });
      } else {
        queued.push(event);
      }
      void load();
    },
    load,
  };
  return store;
}
