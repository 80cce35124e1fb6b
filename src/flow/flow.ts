import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { FlowEvent, FlowLocation } from './flowMachine';

/** What the pages read of the flow: where the person is and what they have answered. */
export interface FlowView {
  location: FlowLocation;
  answers: Answers;
  keepOnReload: boolean;
}

/**
 * The flow the pages see: before the journey, the start page's own (React state, see `useJourney`);
 * from the first press on, the flow machine at work (`runFlow`).
 */
export interface Flow {
  /** The same object for as long as nothing in it has changed. */
  view(): FlowView;
  /** Calls the listener after every change of the view; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  send(event: FlowEvent): void;
  /** Only once the journey has started. */
  questionnaire?: Questionnaire;
  /** What broke the machine, if it broke (a bug): the app's error boundary shows the error page. */
  error?(): unknown;
}
