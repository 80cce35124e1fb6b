import { useEffect, useRef } from 'react';
import type { FlowLocation } from './flowMachine';
import { isFlowLocation, locationKey } from './flowLocation';
import type { Flow } from './flow';

/**
 * One browser-history entry per page, so the browser's Back and Forward move through the journey.
 * Only the page's place is kept in history, never an answer. The flow changes once, when the
 * journey starts: the page it starts on is a new entry after the start page's.
 */
export function useHistorySync(flow: Flow): void {
  const shown = useRef<FlowLocation | undefined>(undefined);
  useEffect(() => {
    let restoring = false;
    const follow = () => {
      const { location: next, answers } = flow.view();
      const current = shown.current;
      shown.current = next;
      if (!current) {
        window.history.replaceState({ flow: next }, '');
        return;
      }
      if (locationKey(next) === locationKey(current)) return;
      // A restore the machine refused leaves it elsewhere: make history say where it really is.
      // A restart (delete my answers, quick exit) takes the place of the page it wiped.
      const restarted = next.screen === 'start' && Object.keys(answers).length === 0;
      if (restoring || restarted) window.history.replaceState({ flow: next }, '');
      else window.history.pushState({ flow: next }, '');
    };
    follow();
    const unsubscribe = flow.subscribe(follow);

    const onPopState = (event: PopStateEvent) => {
      const state: unknown = event.state;
      const wanted =
        typeof state === 'object' && state !== null && 'flow' in state && isFlowLocation(state.flow)
          ? state.flow
          : undefined;
      const current = shown.current ?? flow.view().location;
      // An entry that is not ours (a jump to #main-content by the skip link) moves nothing; nor
      // does one left from before a reload while the journey has not started.
      if (!wanted || !flow.questionnaire) {
        window.history.replaceState({ flow: current }, '');
        return;
      }
      restoring = true;
      flow.send({ type: 'history.restore', location: wanted });
      restoring = false;
      if (locationKey(flow.view().location) !== locationKey(wanted)) {
        window.history.replaceState({ flow: shown.current ?? current }, '');
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [flow]);
}
