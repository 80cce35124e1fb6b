/** The window as far as framing goes; a real `window` is one. */
export interface FramableWindow {
  readonly self: unknown;
  readonly top: unknown;
}

/**
 * Whether the page is shown inside another page's frame. Comparing is allowed across origins; a
 * host that hides its top window (`top` null) counts as framed.
 */
export function isFramed(win: FramableWindow = window): boolean {
  return win.top !== win.self;
}
