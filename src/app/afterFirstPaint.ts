/** What `afterFirstPaint` reads of the page; the browser's own by default, a stand-in in tests. */
export interface PaintSignals {
  /** Whether the page is on screen: a page in a background tab paints nothing until shown. */
  isVisible: () => boolean;
  /** Calls back once the browser has shown the page's first contentful paint; false if it cannot tell. */
  onFirstContentfulPaint: (painted: () => void) => boolean;
  /** Calls back after the next frame has been drawn (a fallback where paints are not reported). */
  afterNextFrame: (drawn: () => void) => void;
}

/**
 * Resolves once the browser has put the page as served on the screen, or at once for a page that
 * is not visible. The start page is in the HTML (scripts/prerenderPlugin.ts); fetching and running
 * the app before that paint only delays it, most on a slow phone and a slow line.
 */
export function afterFirstPaint(signals: PaintSignals = browserPaintSignals()): Promise<void> {
  return new Promise((resolve) => {
    if (!signals.isVisible()) return resolve();
    if (!signals.onFirstContentfulPaint(resolve)) signals.afterNextFrame(resolve);
  });
}

export function browserPaintSignals(): PaintSignals {
  return {
    isVisible: () => document.visibilityState === 'visible',
    onFirstContentfulPaint: (painted) => {
      if (
        typeof PerformanceObserver === 'undefined' ||
        !PerformanceObserver.supportedEntryTypes?.includes('paint')
      ) {
        return false;
      }
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        painted();
      });
      // `buffered`: a paint that came before this script ran is reported too.
      observer.observe({ type: 'paint', buffered: true });
      return true;
    },
    afterNextFrame: (drawn) => requestAnimationFrame(() => setTimeout(drawn)),
  };
}
