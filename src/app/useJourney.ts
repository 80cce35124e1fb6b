import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FlowEvent, FlowInput } from '../flow/flowMachine';
import type { Flow, FlowView } from '../flow/flow';
import type { Language } from '../i18n/languages';
import type { RunningFlow } from '../flow/runFlow';
import type { JourneyLoading } from '../screens/StartScreen';
import type { JourneyLoader, LoadedJourney } from './appFlow';

export interface StartedJourney {
  journey: LoadedJourney;
  flow: RunningFlow;
}

const noChange = () => () => undefined;

/**
 * The flow the app shows. Until the journey starts it is the start page's own: its two choices
 * (keep the answers on reload, delete them) are React state here. Start, the privacy page and the
 * clinician's import start the journey: the machine starts with those choices and gets the event.
 * Answers kept from before a reload (`input.answers`) start it at once, on the start page. The
 * journey's pages show in `language()`, the language the app shows (or is switching to).
 */
export function useJourney(loader: JourneyLoader, language: () => Language, input: FlowInput) {
  const [choices, setChoices] = useState(input);
  const [started, setStarted] = useState<StartedJourney>();
  const [loading, setLoading] = useState<JourneyLoading>('idle');
  // Read when the journey arrives, which may be after more choices (or a quick exit).
  const latest = useRef({
    choices: input,
    restarts: 0,
    flow: undefined as RunningFlow | undefined,
  });
  const choose = useCallback((next: FlowInput) => {
    latest.current.choices = next;
    setChoices(next);
  }, []);

  const begin = useCallback(
    async (event?: FlowEvent) => {
      const restarts = latest.current.restarts;
      let journey = loader.loaded();
      // Until its texts are in the language shown, the journey is not ready: a switch of language
      // while it was on its way asks for the new language's.
      while (journey?.i18n.language !== language()) {
        if (event) setLoading('pending');
        const wanted = language();
        try {
          journey = await loader.load(wanted);
        } catch {
          if (event) setLoading('failed');
          return;
        }
        if (wanted === language()) await journey.i18n.changeLanguage(wanted);
      }
      // Deleting the answers while the journey was on its way forgets the press that asked for it.
      if (event && restarts !== latest.current.restarts) return;
      const flow = (latest.current.flow ??= journey.start(latest.current.choices));
      if (event) flow.send(event);
      setStarted({ journey, flow });
      setLoading('idle');
    },
    [loader, language],
  );

  // The answers given as the page loads are the ones kept from before a reload.
  const resuming = input.answers !== undefined;
  useEffect(() => {
    if (resuming) void begin();
  }, [begin, resuming]);

  const startPage = useMemo((): Flow => {
    const view: FlowView = {
      location: { screen: 'start' },
      answers: choices.answers ?? {},
      keepOnReload: choices.keepOnReload ?? false,
    };
    return {
      view: () => view,
      // A change is a new flow object: React renders again from the state.
      subscribe: noChange,
      send(event) {
        switch (event.type) {
          case 'resume.set':
            choose({ ...latest.current.choices, keepOnReload: event.keep });
            return;
          case 'flow.restart':
            latest.current.restarts += 1;
            choose({});
            setLoading('idle');
            return;
          case 'flow.start':
          case 'privacy.open':
          case 'handover.open':
            void begin(event);
            return;
          default:
          // Nothing else can be asked of the start page before the journey has started.
        }
      },
    };
  }, [choices, begin, choose]);

  return { flow: started?.flow ?? startPage, journey: started?.journey, loading };
}
