/**
 * Which of the device's voices reads a page: one for the page's language, on the device itself.
 * A voice that is not local (`localService: false`, such as Chrome's "Google dansk") sends the text
 * to a server to be spoken, and the answers must not leave the device; such voices are never used.
 */

/** The parts of a `SpeechSynthesisVoice` the choice looks at. */
export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

/** "da-DK", "da_DK" and "da" all speak Danish. */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The voice for `language` ("da", "en"): the device's default voice when it speaks the language,
 * else the first that does; undefined when the device has no local voice for it.
 */
export function chooseVoice<Voice extends VoiceLike>(
  voices: readonly Voice[],
  language: string,
): Voice | undefined {
  const wanted = primaryLanguage(language);
  const speaking = voices.filter((v) => v.localService && primaryLanguage(v.lang) === wanted);
  return speaking.find((v) => v.default) ?? speaking[0];
}
