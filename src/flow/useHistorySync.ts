import { useEffect } from 'react';
import { isFlowLocation, locationKey } from './flowLocation';
import type { FlowStore } from './flowStore';

/**
 * One browser-history entry per page, so the browser's Back and Forward move through the journey.
 * Only the page's place is kept in history, never an answer.
 */
export function useHistorySync(flow: FlowStore): void {
  useEffect(() => {
    let current = flow.getSnapshot().location;
    let restoring = false;
    window.history.replaceState({ flow: current }, '');

    const subscription = flow.subscribe((snapshot) => {
      const next = snapshot.location;
      if (locationKey(next) === locationKey(current)) return;
      current = next;
      // A restore the machine refused leaves it elsewhere: make history say where it really is.
      // A restart (delete my answers, quick exit) takes the place of the page it wiped.
      const restarted = next.screen === 'start' && Object.keys(snapshot.answers).length === 0;
      if (restoring || restarted) window.history.replaceState({ flow: next }, '');
      else window.history.pushState({ flow: next }, '');
    });

    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const wanted =
        typeof state === 'object' && state !== null && 'flow' in state && isFlowLocation(state.flow)
          ? state.flow
          : undefined;
      // An entry that is not ours (a jump to #main-content by the skip link) moves nothing; nor
      // does one left from before a reload while the journey is still loading.
      if (!wanted || flow.getSnapshot().status !== 'running') {
        window.history.replaceState({ flow: current }, '');
        return;
      }
      restoring = true;
      flow.send({ type: 'history.restore', location: wanted });
      restoring = false;
      if (locationKey(flow.getSnapshot().location) !== locationKey(wanted)) {
        window.history.replaceState({ flow: current }, '');
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [flow]);
}
