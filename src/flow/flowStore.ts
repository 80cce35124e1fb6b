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
  /** What broke the machine, if it broke (a bug): the app's error boundary shows the error page. */
  error(): unknown;
  send(event: FlowEvent): void;
  /** Calls the listener after every change of the view; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

/** Starts the flow machine; loaded with the journey, after the start page is up. */
export type StartFlow = (input: FlowInput) => RunningFlow;

export type FlowSnapshot = FlowView &
  (
    | {
        /** The journey has not loaded: the start page, answering its own choices. */
        status: 'waiting';
        /** The person asked for a page past the start page and is waiting for it. */
        pending: boolean;
        questionnaire: undefined;
      }
    | { status: 'running'; questionnaire: Questionnaire }
    /**
     * The journey could not be fetched while the person waited for it (offline on a first visit).
     * Still the start page's flow: its own choices work, and the next event tries again.
     */
    | { status: 'failed'; questionnaire: undefined }
    /** The machine broke. `useSelector` of @xstate/react throws `error`, for the error boundary. */
    | { status: 'error'; questionnaire: Questionnaire; error: unknown }
  );

interface Observer {
  next?: (snapshot: FlowSnapshot) => void;
  error?: (error: unknown) => void;
}

/**
 * Shaped like an actor, so that `useSelector` of @xstate/react reads it. Nothing is ever passed to
 * an observer's `error`: a broken machine is a snapshot with the status `error`.
 */
export interface FlowStore {
  getSnapshot(): FlowSnapshot;
  subscribe(
    observerOrNext: Observer | ((snapshot: FlowSnapshot) => void),
    error?: (error: unknown) => void,
  ): { unsubscribe(): void };
  send(event: FlowEvent): void;
  /**
   * Loads the journey and starts the machine. Resolves once running, or once loading failed (then
   * the next call tries again); never rejects.
   */
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
  let runningView: FlowView | undefined;
  let snapshot: FlowSnapshot = {
    status: 'waiting',
    pending: false,
    questionnaire: undefined,
    ...waitingView(input),
  };
  let loading: Promise<void> | undefined;
  const observers = new Set<Observer>();

  const publish = (next: FlowSnapshot) => {
    snapshot = next;
    for (const observer of [...observers]) observer.next?.(snapshot);
  };
  const publishWaiting = () =>
    publish({
      status: 'waiting',
      pending: queued.length > 0,
      questionnaire: undefined,
      ...waitingView(waiting),
    });
  const publishRunning = (flow: RunningFlow) => {
    const error = flow.error();
    if (error !== undefined) {
      publish({ ...flow.view(), status: 'error', questionnaire: flow.questionnaire, error });
      return;
    }
    const view = flow.view();
    if (view === runningView) return;
    runningView = view;
    publish({ status: 'running', questionnaire: flow.questionnaire, ...view });
  };

  const run = (start: StartFlow) => {
    const flow = start(waiting);
    for (const event of queued) flow.send(event);
    queued = [];
    running = flow;
    flow.subscribe(() => publishRunning(flow));
    publishRunning(flow);
  };
  // Nobody waiting for the journey: stay on the start page as if nothing happened, and try again
  // at the next event. Somebody waiting: tell them (the start page shows the failure).
  const fail = () => {
    loading = undefined;
    const someoneWaited = queued.length > 0;
    queued = [];
    if (someoneWaited)
      publish({ status: 'failed', questionnaire: undefined, ...waitingView(waiting) });
  };

  const load = (): Promise<void> => {
    loading ??= startFlow().then(run).catch(fail);
    return loading;
  };

  return {
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
      const changed = waitingInput(waiting, event);
      if (changed) {
        waiting = changed;
        if (event.type === 'flow.restart') queued = [];
      } else {
        queued.push(event);
      }
      const wasPending = snapshot.status === 'waiting' && snapshot.pending;
      if (changed || snapshot.status !== 'waiting' || wasPending !== queued.length > 0) {
        publishWaiting();
      }
      void load();
    },
    load,
  };
}
