import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app/startApp';

const loading = 'Henter den næste side …';
const failed = 'Den næste side kunne ikke hentes.';

/** The start page as served: Start, a choice box, and the empty status line with its words. */
function servedPage() {
  document.body.innerHTML =
    '<div id="root"><button type="button">Start</button><label><input type="checkbox"> Keep</label>' +
    `<p role="status" data-loading="${loading}" data-failed="${failed}"></p></div>`;
  const root = document.getElementById('root') as HTMLElement;
  return {
    root,
    start: root.querySelector('button') as HTMLButtonElement,
    keep: root.querySelector('input') as HTMLInputElement,
    status: () => root.querySelector('[role="status"]')?.textContent,
  };
}

/** Stands in for main.tsx: each call fails or takes the page over, as told. */
function appThatLoads(root: HTMLElement, outcomes: ('fails' | 'loads')[]) {
  const heard: string[] = [];
  let calls = 0;
  const importApp = () => {
    calls += 1;
    if (outcomes.shift() === 'fails') return Promise.reject(new TypeError('Failed to fetch'));
    root.addEventListener('click', (event) => {
      heard.push((event.target as HTMLElement).textContent ?? '');
    });
    root.setAttribute('data-app-started', '');
    return Promise.resolve();
  };
  return { importApp, heard, calls: () => calls };
}

/** A promise and the function that settles it, to hold the first paint until the test says. */
function held() {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

const settled = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('startApp', () => {
  it('says the next page is on its way at a press on Start, then makes the press once the app is there', async () => {
    const { root, start, status } = servedPage();
    const app = appThatLoads(root, ['loads']);
    const paint = held();
    const started = startApp({ root, waitForPaint: () => paint.promise, importApp: app.importApp });

    start.click();
    expect(status()).toBe(loading);
    expect(app.calls()).toBe(0);

    paint.release();
    await started;
    expect(app.heard).toEqual(['Start']);
    expect(status()).toBe('');
  });

  it('leaves the status line alone once the app is taking the page over', async () => {
    const { root, start, status } = servedPage();
    const paint = held();
    // The app has arrived, and React is still taking the page over: it has not marked it yet.
    const started = startApp({
      root,
      waitForPaint: () => paint.promise,
      importApp: async () => {},
    });
    paint.release();
    await settled();
    start.click();
    // A word here would differ from what React draws, and it would draw the whole page afresh.
    expect(status()).toBe('');
    root.setAttribute('data-app-started', '');
    await started;
  });

  it('says nothing for a ticked box: it waits for the app quietly', async () => {
    const { root, keep, status } = servedPage();
    const app = appThatLoads(root, ['loads']);
    const paint = held();
    const started = startApp({ root, waitForPaint: () => paint.promise, importApp: app.importApp });
    keep.click();
    expect(status()).toBe('');
    paint.release();
    await started;
  });

  it('says the app could not be fetched, and tries again at each press on Start', async () => {
    const { root, start, status } = servedPage();
    const app = appThatLoads(root, ['fails', 'fails', 'loads']);
    const started = startApp({
      root,
      waitForPaint: () => Promise.resolve(),
      importApp: app.importApp,
    });
    await settled();
    // Failed before anyone asked for anything: nothing to say yet.
    expect(app.calls()).toBe(1);
    expect(status()).toBe('');

    start.click();
    await settled();
    expect(app.calls()).toBe(2);
    expect(status()).toBe(failed);
    expect(app.heard).toEqual([]);

    start.click();
    await started;
    expect(app.calls()).toBe(3);
    expect(status()).toBe('');
    expect(app.heard).toEqual(['Start']);
  });
});
