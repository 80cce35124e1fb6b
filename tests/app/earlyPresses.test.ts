import { afterEach, describe, expect, it } from 'vitest';
import { appStarted, keepEarlyPresses } from '../../src/app/earlyPresses';

/** The start page as served: a button and a choice box (unticked unless told), and a link that works alone. */
function servedPage({ ticked = false } = {}) {
  document.body.innerHTML =
    '<div id="root"><button type="button">Start</button>' +
    `<label><input type="checkbox"${ticked ? ' checked' : ''}> Keep</label>` +
    '<a href="#privacy">Privacy</a></div>' +
    '<button type="button" id="outside">Outside</button>';
  const root = document.getElementById('root') as HTMLElement;
  return {
    root,
    start: root.querySelector('button') as HTMLButtonElement,
    keep: root.querySelector('input') as HTMLInputElement,
    outside: document.getElementById('outside') as HTMLButtonElement,
  };
}

/** Stands in for the app: from now on it hears what is pressed. */
function appListening(root: HTMLElement) {
  const heard: string[] = [];
  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    heard.push(
      target instanceof HTMLInputElement ? `box:${target.checked}` : (target.textContent ?? ''),
    );
  });
  return heard;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keepEarlyPresses', () => {
  it('presses a button again, once, when the app has taken over', () => {
    const { root, start } = servedPage();
    const pressAgain = keepEarlyPresses(root);
    start.click();
    start.click();
    const heard = appListening(root);
    pressAgain();
    expect(heard).toEqual(['Start']);
  });

  it('leaves a ticked box ticked and tells the app of it', () => {
    const { root, keep } = servedPage();
    const pressAgain = keepEarlyPresses(root);
    keep.click();
    expect(keep.checked).toBe(true);
    const heard = appListening(root);
    pressAgain();
    expect(heard).toEqual(['box:true']);
    expect(keep.checked).toBe(true);
  });

  it('tells the app of a tick even when the app has drawn the box from its own state first', () => {
    const { root, keep } = servedPage();
    const pressAgain = keepEarlyPresses(root);
    keep.click();
    // The app takes the page over, not knowing of the tick, and draws the box unticked.
    keep.checked = false;
    const heard = appListening(root);
    pressAgain();
    expect(heard).toEqual(['box:true']);
    expect(keep.checked).toBe(true);
  });

  it('tells the app of an untick the same way', () => {
    const { root, keep } = servedPage({ ticked: true });
    const pressAgain = keepEarlyPresses(root);
    keep.click();
    keep.checked = true;
    const heard = appListening(root);
    pressAgain();
    expect(heard).toEqual(['box:false']);
  });

  it('does nothing for a box ticked and unticked again', () => {
    const { root, keep } = servedPage();
    const pressAgain = keepEarlyPresses(root);
    keep.click();
    keep.click();
    const heard = appListening(root);
    pressAgain();
    expect(heard).toEqual([]);
    expect(keep.checked).toBe(false);
  });

  it('keeps nothing outside the page, nothing the app drew afresh, and nothing after it took over', () => {
    const { root, start, outside } = servedPage();
    const pressAgain = keepEarlyPresses(root);
    outside.click();
    start.click();
    start.remove();
    const heard = appListening(root);
    pressAgain();
    root.querySelector('input')?.click();
    pressAgain();
    expect(heard).toEqual(['box:true']);
  });
});

describe('keepEarlyPresses, once the app has drawn the page', () => {
  it('keeps no press: the app hears it itself, and a second press would undo it', () => {
    const { root, start, keep } = servedPage();
    const pressAgain = keepEarlyPresses(root);
    root.setAttribute('data-app-drawn', '');
    const heard = appListening(root);
    start.click();
    keep.click();
    pressAgain();
    expect(heard).toEqual(['Start', 'box:true']);
  });
});

describe('keepEarlyPresses, when the app draws the page afresh', () => {
  it('finds the same button and box again by name and id, and drops one not drawn', () => {
    document.body.innerHTML =
      '<div id="root"><button type="button" data-press="start">Start</button>' +
      '<button type="button">English</button><input type="checkbox" id="keep"></div>';
    const root = document.getElementById('root') as HTMLElement;
    const pressAgain = keepEarlyPresses(root);
    for (const element of root.querySelectorAll<HTMLElement>('button, input')) element.click();
    // The app draws the page in another language: new elements, the same names.
    root.innerHTML =
      '<button type="button" data-press="start">Start (en)</button>' +
      '<button type="button">Dansk</button><input type="checkbox" id="keep">';
    const heard = appListening(root);
    pressAgain();
    expect(heard).toEqual(['Start (en)', 'box:true']);
  });
});

describe('appStarted', () => {
  it('resolves when the app marks the page, or at once if it already has', async () => {
    const { root } = servedPage();
    let started = false;
    void appStarted(root).then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    root.setAttribute('data-app-started', '');
    await expect(appStarted(root)).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve));
    expect(started).toBe(true);
  });
});
