import { useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import { flowLocation, isFlowLocation, locationKey } from './flowLocation';
import type { FlowMachine } from './flowMachine';

/**
 * One browser-history entry per page, so the browser's Back and Forward move through the journey.
 * Only the page's place is kept in history, never an answer.
 */
export function useHistorySync(actor: ActorRefFrom<FlowMachine>): void {
  useEffect(() => {
    let current = flowLocation(actor.getSnapshot());
    let restoring = false;
    window.history.replaceState({ flow: current }, '');

    const subscription = actor.subscribe((snapshot) => {
      const next = flowLocation(snapshot);
      if (locationKey(next) === locationKey(current)) return;
      current = next;
      // A restore the machine refused leaves it elsewhere: make history say where it really is.
      // A restart (delete my answers, quick exit) takes the place of the page it wiped.
      const restarted =
        next.screen === 'start' && Object.keys(snapshot.context.answers).length === 0;
      if (restoring || restarted) window.history.replaceState({ flow: next }, '');
      else window.history.pushState({ flow: next }, '');
    });

    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const wanted =
        typeof state === 'object' && state !== null && 'flow' in state && isFlowLocation(state.flow)
          ? state.flow
          : undefined;
      // An entry that is not ours (a jump to #main-content by the skip link) moves nothing.
      if (!wanted) {
        window.history.replaceState({ flow: current }, '');
        return;
      }
      restoring = true;
      actor.send({ type: 'history.restore', location: wanted });
      restoring = false;
      if (locationKey(flowLocation(actor.getSnapshot())) !== locationKey(wanted)) {
        window.history.replaceState({ flow: current }, '');
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [actor]);
}
