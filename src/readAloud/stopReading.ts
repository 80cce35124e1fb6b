/**
 * Stops reading aloud: called where the page changes and on quick exit. Loaded with the first
 * page, so it holds no more than the hook that the read-aloud code, once loaded, fills in.
 */
let stopper: ((forgetChoice: boolean) => void) | undefined;

/** The read-aloud code says how it stops. */
export function whenReadingStops(stop: (forgetChoice: boolean) => void): void {
  stopper = stop;
}

/**
 * Stops any reading at once. `forgetChoice` also turns reading off for the pages after (quick exit,
 * starting over); a page change keeps it, so the next page is read too.
 */
export function stopReading(forgetChoice = false): void {
  stopper?.(forgetChoice);
}
