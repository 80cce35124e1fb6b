import { describe, expect, it } from 'vitest';
import {
  exitShortcutStep,
  noExitShortcut,
  type ExitShortcutState,
} from '../../src/privacy/exitShortcut';

function press(keys: readonly [string, number][]) {
  let state: ExitShortcutState = noExitShortcut;
  const steps = keys.map(([key, at]) => {
    const step = exitShortcutStep(state, key, at);
    state = step.state;
    return step;
  });
  return steps;
}

describe('the quick-exit shortcut', () => {
  it('leaves on the third Shift within five seconds, counting down for the announcement', () => {
    const steps = press([
      ['Shift', 0],
      ['Shift', 1_000],
      ['Shift', 4_900],
    ]);
    expect(steps.map((s) => s.exit)).toEqual([false, false, true]);
    expect(steps.map((s) => s.shiftPressesLeft)).toEqual([2, 1, 0]);
  });

  it('does not leave when the three Shift presses take longer than five seconds', () => {
    const steps = press([
      ['Shift', 0],
      ['Shift', 3_000],
      ['Shift', 5_001],
    ]);
    expect(steps.map((s) => s.exit)).toEqual([false, false, false]);
    expect(steps.at(-1)?.shiftPressesLeft).toBe(1);
  });

  it('starts again after any other key', () => {
    const steps = press([
      ['Shift', 0],
      ['Shift', 100],
      ['a', 200],
      ['Shift', 300],
    ]);
    expect(steps.some((s) => s.exit)).toBe(false);
    expect(steps.at(-1)?.shiftPressesLeft).toBe(2);
  });

  it('leaves on Escape twice within two seconds, but not on Escape and Shift mixed', () => {
    expect(
      press([
        ['Escape', 0],
        ['Escape', 1_999],
      ]).at(-1)?.exit,
    ).toBe(true);
    expect(
      press([
        ['Escape', 0],
        ['Escape', 2_001],
      ]).at(-1)?.exit,
    ).toBe(false);
    expect(
      press([
        ['Escape', 0],
        ['Shift', 10],
        ['Escape', 20],
      ]).some((s) => s.exit),
    ).toBe(false);
  });
});
