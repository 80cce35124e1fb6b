/**
 * The person's choice to have pages read aloud: kept in this module's memory for the session,
 * never stored. While it is on, each new page's first "Læs op" starts by itself; stopping, quick
 * exit and starting over turn it off.
 */
import type { ReadingEnd, ReadingStart } from './speaker';
import { whenReadingStops } from './stopReading';

type Speaker = typeof import('./speaker');

let chosen = false;
let speaker: Speaker | undefined;
/** Counts stops, so a reading asked for before one (its code still loading) does not start after. */
let stops = 0;

export function readingChosen(): boolean {
  return chosen;
}

whenReadingStops((forgetChoice) => {
  stops += 1;
  if (forgetChoice) chosen = false;
  speaker?.stop();
});

/** Turns reading on and reads `chunks`; the speech code is fetched the first time. */
export async function startReading(
  chunks: readonly string[],
  language: string,
  onEnd: (why: ReadingEnd) => void,
): Promise<ReadingStart> {
  chosen = true;
  const stopsBefore = stops;
  speaker ??= await import('./speaker');
  if (stops !== stopsBefore) return 'stopped';
  const started = await speaker.read(chunks, language, onEnd);
  // Where the device cannot read the page, the next pages do not try again by themselves.
  if (started === 'no-voice' || started === 'no-speech') chosen = false;
  return started;
}
