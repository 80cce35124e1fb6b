import { deploymentConfig } from '../config/deploymentConfig';
import { isFramed } from './framing';

/** Where quick exit goes: the deployment's neutral page, or a blank page when none is configured. */
export const quickExitDestination: string = deploymentConfig.quickExitUrl ?? 'about:blank';

interface Replaceable {
  readonly location: { replace(url: string): void };
}

/** What leaving needs of the window; a real `window` is one. */
export interface LeavingWindow extends Replaceable {
  readonly self: unknown;
  readonly top: Replaceable | null;
  readonly sessionStorage: { clear(): void };
}

/**
 * Wipes what the app holds and leaves without a new history entry, so Back does not return to
 * the page that was shown. Browser history itself cannot be erased; the start page says so.
 *
 * Shown inside another site's frame, it is the whole tab that must leave: the top window is sent
 * away (browsers allow it in the person's click or key press), and only when the browser refuses
 * (a sandboxed frame) does the frame leave on its own.
 */
export function leavePage(
  wipeAnswers: () => void,
  destination = quickExitDestination,
  win: LeavingWindow = window,
): void {
  wipeAnswers();
  try {
    win.sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private mode, blocked): there is then nothing in it to wipe.
  }
  if (isFramed(win) && win.top) {
    try {
      win.top.location.replace(destination);
      return;
    } catch {
      // Not allowed to navigate the top window: at least this page goes.
    }
  }
  win.location.replace(destination);
}
