import { deploymentConfig } from '../config/deploymentConfig';

/** Where quick exit goes: the deployment's neutral page, or a blank page when none is configured. */
export const quickExitDestination: string = deploymentConfig.quickExitUrl ?? 'about:blank';

/**
 * Wipes what the app holds and leaves without a new history entry, so Back does not return to
 * the page that was shown. Browser history itself cannot be erased; the start page says so.
 */
export function leavePage(wipeAnswers: () => void, destination = quickExitDestination): void {
  wipeAnswers();
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage can be unavailable (private mode, blocked): there is then nothing in it to wipe.
  }
  window.location.replace(destination);
}
