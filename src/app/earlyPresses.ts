/** What can be pressed on the start page as served: its buttons and its choice boxes. Links work alone. */
const pressable = 'button, input[type="checkbox"], input[type="radio"]';

/**
 * Keeps the presses made on the page as served before the app has taken it over, and returns
 * the function that makes them again once it has. Until then a button does nothing, so Start,
 * the language switch or "For fagfolk" pressed on a slow line would be lost: each is pressed
 * again, once, in the order first pressed. A box ticks at once, as the browser does it alone;
 * the app is told of it by ticking it again. What counts is the state the box was left in, not
 * the state it shows when the app takes over: the app may have drawn it from its own state, not
 * knowing of the tick, before it is told. Where the app has drawn the page afresh (`?lng=`
 * choosing another language), the same control is found again by its `id` or `data-press`; one
 * that is not on the page drawn (answers kept from before a reload show another page) is dropped.
 * `onPress` hears each press kept, so the page can say that the app is on its way. Once the app
 * has drawn the page (`data-app-drawn` on `root`), it hears each press itself: none is kept.
 */
export function keepEarlyPresses(
  root: HTMLElement,
  onPress?: (control: HTMLButtonElement | HTMLInputElement) => void,
): () => void {
  const pressed = new Set<HTMLButtonElement | HTMLInputElement>();
  // Each box pressed: as served, and as left by its last press (the browser has ticked it when
  // the click is heard).
  const boxes = new Map<HTMLInputElement, { served: boolean; left: boolean }>();
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest(pressable) : null;
    if (!target || !root.contains(target) || root.hasAttribute('data-app-drawn')) return;
    if (target instanceof HTMLButtonElement) event.preventDefault();
    if (target instanceof HTMLInputElement) {
      const served = boxes.get(target)?.served ?? !target.checked;
      boxes.set(target, { served, left: target.checked });
    }
    if (target instanceof HTMLButtonElement || target instanceof HTMLInputElement) {
      pressed.add(target);
      onPress?.(target);
    }
  };
  document.addEventListener('click', onClick, true);

  return () => {
    document.removeEventListener('click', onClick, true);
    for (const element of pressed) {
      const now = element.isConnected ? element : sameControl(root, element);
      if (!now) continue;
      if (now instanceof HTMLButtonElement) {
        now.click();
      } else if (now instanceof HTMLInputElement && element instanceof HTMLInputElement) {
        const box = boxes.get(element);
        if (!box || box.left === box.served) continue;
        // Set it back as it was, then press it through the app, which hears the change.
        now.checked = !box.left;
        now.click();
      }
    }
    pressed.clear();
    boxes.clear();
  };
}

/** The control the app drew in place of one pressed on the page as served, by its id or name. */
function sameControl(root: HTMLElement, pressed: HTMLElement): Element | null {
  if (pressed.id) return root.querySelector(`#${CSS.escape(pressed.id)}`);
  const name = pressed.dataset.press;
  return name ? root.querySelector(`[data-press="${CSS.escape(name)}"]`) : null;
}

/** Resolves once the app has taken the page over (App marks `#root` with `data-app-started`). */
export function appStarted(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (root.hasAttribute('data-app-started')) return resolve();
    const observer = new MutationObserver(() => {
      if (!root.hasAttribute('data-app-started')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-app-started'] });
  });
}
