/**
 * Text from an imported file that a message of ours may quote: only a value of the form the app
 * itself writes, without the controls that reorder text, and short. Anything else is not quoted.
 */

/** Marks and embeddings that change the direction text is shown in (Unicode's bidi controls). */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Longer than any version or linkId the app writes: what is quoted is cut here. */
export const quotedLength = 40;
/** Far past anything real: not looked at further. */
const readLength = 1000;

/** A questionnaire version, as the definition has it: "2.0.0". */
export const versionPattern = /^\d+\.\d+\.\d+$/;
/** A linkId: hyphenated lower-case words, joined by dots ("frequency.cannabis", "age-group"). */
export const linkIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The value, fit to quote in a sentence of ours; undefined when it is not of the known form. */
export function quotableImportedText(value: unknown, pattern: RegExp): string | undefined {
  if (typeof value !== 'string' || value.length > readLength) return undefined;
  const text = value.replace(bidiControls, '');
  if (!pattern.test(text)) return undefined;
  return text.length > quotedLength ? `${text.slice(0, quotedLength)}…` : text;
}
