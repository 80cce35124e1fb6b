/**
 * The quick-exit shortcuts, as GOV.UK's "Exit this page" has them: Shift pressed three times within
 * five seconds, or Escape twice within two. Any other key starts the count again.
 */
export const shiftPressesToExit = 3;
export const shiftWindowMs = 5_000;
export const escapePressesToExit = 2;
export const escapeWindowMs = 2_000;

export interface ExitShortcutState {
  key: 'Shift' | 'Escape' | undefined;
  /** When each press of the current key in a row happened, oldest first. */
  presses: readonly number[];
}

export const noExitShortcut: ExitShortcutState = { key: undefined, presses: [] };

export interface ExitShortcutStep {
  state: ExitShortcutState;
  exit: boolean;
  /** Shift presses still needed, for the screen-reader announcement; undefined when not counting. */
  shiftPressesLeft: number | undefined;
}

export function exitShortcutStep(
  state: ExitShortcutState,
  key: string,
  at: number,
): ExitShortcutStep {
  if (key !== 'Shift' && key !== 'Escape') {
    return { state: noExitShortcut, exit: false, shiftPressesLeft: undefined };
  }
  const needed = key === 'Shift' ? shiftPressesToExit : escapePressesToExit;
  const window = key === 'Shift' ? shiftWindowMs : escapeWindowMs;
  const earlier = state.key === key ? state.presses.filter((t) => at - t <= window) : [];
  const presses = [...earlier, at];
  if (presses.length >= needed) {
    return { state: noExitShortcut, exit: true, shiftPressesLeft: key === 'Shift' ? 0 : undefined };
  }
  return {
    state: { key, presses },
    exit: false,
    shiftPressesLeft: key === 'Shift' ? needed - presses.length : undefined,
  };
}
