import { describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  browserPaintSignals,
  type PaintSignals,
} from '../../src/app/afterFirstPaint';

/** Stand-in signals that record what was asked and let the test say when the page paints. */
function signals(options: { visible: boolean; paintsReported: boolean }) {
  const painted: (() => void)[] = [];
  const framed: (() => void)[] = [];
  const stub: PaintSignals = {
    isVisible: () => options.visible,
    onFirstContentfulPaint: vi.fn((callback: () => void) => {
      if (!options.paintsReported) return false;
      painted.push(callback);
      return true;
    }),
    afterNextFrame: vi.fn((callback: () => void) => void framed.push(callback)),
  };
  return {
    stub,
    paint: () => painted.forEach((call) => call()),
    frame: () => framed.forEach((call) => call()),
  };
}

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterFirstPaint', () => {
  it('waits for the browser to report the first contentful paint', async () => {
    const { stub, paint } = signals({ visible: true, paintsReported: true });
    const waiting = afterFirstPaint(stub);
    expect(await settled(waiting)).toBe(false);
    paint();
    expect(await settled(waiting)).toBe(true);
    expect(stub.afterNextFrame).not.toHaveBeenCalled();
  });

  it('waits for the next frame where paints are not reported', async () => {
    const { stub, frame } = signals({ visible: true, paintsReported: false });
    const waiting = afterFirstPaint(stub);
    expect(await settled(waiting)).toBe(false);
    frame();
    expect(await settled(waiting)).toBe(true);
  });

  it('does not wait in a background tab, which paints nothing until shown', async () => {
    const { stub } = signals({ visible: false, paintsReported: true });
    expect(await settled(afterFirstPaint(stub))).toBe(true);
    expect(stub.onFirstContentfulPaint).not.toHaveBeenCalled();
  });

  it('says so where the browser has no paint timing (as here, in jsdom)', () => {
    expect(browserPaintSignals().onFirstContentfulPaint(() => undefined)).toBe(false);
  });
});
