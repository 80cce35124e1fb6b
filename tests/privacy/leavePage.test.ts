import { describe, expect, it, vi } from 'vitest';
import { isFramed } from '../../src/privacy/framing';
import { leavePage, type LeavingWindow } from '../../src/privacy/leavePage';

/** A window whose every step is recorded in `steps`; `top` is itself unless framed. */
function fakeWindow({ framed, topRefuses = false }: { framed: boolean; topRefuses?: boolean }) {
  const steps: string[] = [];
  const frame = {
    self: undefined as unknown,
    top: null as LeavingWindow['top'],
    location: { replace: (url: string) => steps.push(`frame → ${url}`) },
    sessionStorage: { clear: () => steps.push('storage cleared') },
  };
  frame.self = frame;
  frame.top = framed
    ? {
        location: {
          replace: (url: string) => {
            if (topRefuses) throw new DOMException('not allowed', 'SecurityError');
            steps.push(`top → ${url}`);
          },
        },
      }
    : frame;
  return { win: frame satisfies LeavingWindow, steps };
}

describe('leavePage', () => {
  it('wipes the answers and the tab storage, then replaces the page', () => {
    const { win, steps } = fakeWindow({ framed: false });
    leavePage(() => steps.push('answers wiped'), 'https://www.dr.dk/', win);
    expect(steps).toEqual(['answers wiped', 'storage cleared', 'frame → https://www.dr.dk/']);
  });

  it('inside another site, sends the whole tab away, not the frame alone', () => {
    const { win, steps } = fakeWindow({ framed: true });
    leavePage(() => steps.push('answers wiped'), 'about:blank', win);
    expect(steps).toEqual(['answers wiped', 'storage cleared', 'top → about:blank']);
  });

  it('inside a frame that may not move the tab, at least the frame leaves', () => {
    const { win, steps } = fakeWindow({ framed: true, topRefuses: true });
    leavePage(() => steps.push('answers wiped'), 'about:blank', win);
    expect(steps).toEqual(['answers wiped', 'storage cleared', 'frame → about:blank']);
  });

  it('still leaves when storage cannot be reached', () => {
    const { win, steps } = fakeWindow({ framed: false });
    win.sessionStorage.clear = vi.fn(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    leavePage(() => steps.push('answers wiped'), 'about:blank', win);
    expect(steps).toEqual(['answers wiped', 'frame → about:blank']);
  });
});

describe('isFramed', () => {
  it('is false for a page of its own, true in a frame or with the top window hidden', () => {
    const page = { self: {} as unknown, top: {} as unknown };
    page.self = page;
    page.top = page;
    expect(isFramed(page)).toBe(false);
    expect(isFramed({ self: page, top: {} })).toBe(true);
    expect(isFramed({ self: page, top: null })).toBe(true);
    expect(isFramed()).toBe(false);
  });
});
