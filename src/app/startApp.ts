import { appStarted, keepEarlyPresses } from './earlyPresses';

export interface StartAppOptions {
  /** The page as served: the start page, prerendered into `#root`. */
  root: HTMLElement;
  /** Resolves once the browser has shown the page as served (`afterFirstPaint`). */
  waitForPaint: () => Promise<void>;
  /** Fetches and runs the app (main.tsx), which takes the page over. */
  importApp: () => Promise<unknown>;
}

/**
 * Brings the app to the page as served, which is readable and has working links before it. A
 * press made meanwhile is kept and made again once the app has taken over; at a button's press, the
 * status line beside Start says that the next page is on its way. If the app cannot be fetched
 * (the line failed), the status line says so once a button has been pressed, and each button
 * pressed after that tries again.
 */
export async function startApp({ root, waitForPaint, importApp }: StartAppOptions): Promise<void> {
  const status = servedStatus(root);
  let pressedSinceFailure: (() => void) | undefined;
  let pressed = false; // a button, since the page was served
  const pressAgain = keepEarlyPresses(root, (control) => {
    // A ticked box waits for the app quietly; a button is asking for the next page.
    if (!(control instanceof HTMLButtonElement)) return;
    pressed = true;
    status.say('loading');
    pressedSinceFailure?.();
  });
  await waitForPaint();
  for (;;) {
    try {
      await importApp();
      break;
    } catch {
      if (pressed) status.say('failed');
      await new Promise<void>((resolve) => (pressedSinceFailure = resolve));
      pressedSinceFailure = undefined;
    }
  }
  // The app takes the page over as served, with an empty status line: it says its own. From
  // here the line is the app's: a word added while React takes the page over would differ from
  // what React draws, and React would then draw the whole page afresh, losing the press.
  status.handOver();
  await appStarted(root);
  pressAgain();
}

/** The start page's status line as served, which carries its own words for each state. */
function servedStatus(root: HTMLElement) {
  const line = root.querySelector<HTMLElement>('[data-loading][data-failed]');
  let handedOver = false;
  return {
    say(state: 'loading' | 'failed') {
      if (line && !handedOver) line.textContent = line.dataset[state] ?? '';
    },
    /** Empties the line and leaves it to the app. */
    handOver() {
      handedOver = true;
      if (line) line.textContent = '';
    },
  };
}
