/**
 * Speaks text with the browser's own speech synthesis (Web Speech API): no network, no audio
 * files, no library. Loaded the first time a person presses "Læs op" (see readingSession.ts).
 */
import { chooseVoice } from './chooseVoice';
import { stopReading } from './stopReading';

export type ReadingStart = 'reading' | 'no-voice' | 'no-speech' | 'stopped';
export type ReadingEnd = 'done' | 'stopped';

/** How long to wait for the device to list its voices, when it has not yet: they come once loaded. */
const voicesWaitMs = 2_000;

let reading: { onEnd: (why: ReadingEnd) => void } | undefined;
/** Counts readings started and stopped, so a stopped reading's late events change nothing. */
let generation = 0;
/** The utterances being spoken: kept referenced, or some browsers drop them before they end. */
let spoken: SpeechSynthesisUtterance[] = [];

function synthesis(): SpeechSynthesis | undefined {
  return typeof window.speechSynthesis === 'object' &&
    typeof window.SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;
}

/** The device's voices for `language`, waiting once for them to load when none fits yet. */
function voiceFor(
  synth: SpeechSynthesis,
  language: string,
): Promise<SpeechSynthesisVoice | undefined> {
  const now = chooseVoice(synth.getVoices(), language);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const settle = () => {
      window.clearTimeout(timer);
      synth.removeEventListener('voiceschanged', settle);
      resolve(chooseVoice(synth.getVoices(), language));
    };
    const timer = window.setTimeout(settle, voicesWaitMs);
    synth.addEventListener('voiceschanged', settle);
  });
}

/** Escape stops reading, as the button does (Escape twice is still quick exit). */
function onKeyDown(event: KeyboardEvent) {
  if (event.key === 'Escape') stopReading(true);
}

function finish(why: ReadingEnd) {
  generation += 1;
  document.removeEventListener('keydown', onKeyDown);
  spoken = [];
  const ended = reading;
  reading = undefined;
  ended?.onEnd(why);
}

/** Stops what is being read, at once; nothing when nothing is. */
export function stop(): void {
  const synth = synthesis();
  const wasReading = reading !== undefined;
  finish('stopped');
  if (wasReading) synth?.cancel();
}

/**
 * Reads `chunks` aloud in `language`, one after the other; any reading before stops. Says why not
 * when the browser cannot speak or the device has no voice for the language.
 */
export async function read(
  chunks: readonly string[],
  language: string,
  onEnd: (why: ReadingEnd) => void,
): Promise<ReadingStart> {
  const synth = synthesis();
  if (!synth) return 'no-speech';
  stop();
  const started = generation;
  const voice = await voiceFor(synth, language);
  if (started !== generation) return 'stopped';
  if (!voice) return 'no-voice';
  spoken = chunks.map((text) => {
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.onerror = () => {
      if (started === generation) finish('done');
    };
    return utterance;
  });
  const last = spoken.at(-1);
  if (!last) return 'stopped';
  last.onend = () => {
    if (started === generation) finish('done');
  };
  reading = { onEnd };
  document.addEventListener('keydown', onKeyDown);
  // A queue left by an earlier page (or another tab of this site) is not read before this one.
  synth.cancel();
  for (const utterance of spoken) synth.speak(utterance);
  return 'reading';
}
