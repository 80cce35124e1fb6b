/** What can be pressed on the start page as served: its buttons and its choice boxes. Links work alone. */
const pressable = 'button, input[type="checkbox"], input[type="radio"]';

/**
 * Keeps the presses made on the page as served before the app has taken it over, and returns
 * the function that makes them again once it has. Until then a button does nothing, so Start,
 * the language switch or "For fagfolk" pressed on a slow line would be lost: each is pressed
 * again, once, in the order first pressed. A box ticks at once, as the browser does it alone;
 * the app is told of it by ticking it again. A part of the page the app has drawn afresh (another
 * language, answers kept from before a reload) is gone, and so is what was pressed on it.
 */
export function keepEarlyPresses(root: HTMLElement): () => void {
  const pressed = new Set<HTMLButtonElement | HTMLInputElement>();
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest(pressable) : null;
    if (!target || !root.contains(target)) return;
    if (target instanceof HTMLButtonElement) event.preventDefault();
    if (target instanceof HTMLButtonElement || target instanceof HTMLInputElement) {
      pressed.add(target);
    }
  };
  document.addEventListener('click', onClick, true);

  return () => {
    document.removeEventListener('click', onClick, true);
    for (const element of pressed) {
      if (!element.isConnected) continue;
      if (element instanceof HTMLButtonElement) {
        element.click();
      } else if (element.checked !== element.defaultChecked) {
        element.checked = element.defaultChecked;
        element.click();
      }
    }
    pressed.clear();
  };
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
