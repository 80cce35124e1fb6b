/** Crockford's base 32: digits and upper-case letters without I, L, O and U. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Each character carries five bits. */
export const bitsPerCharacter = 5;
// Read as the digits they look like, as Crockford's decoding does.
const lookAlikes: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
// Spaces of any kind, hyphens, and the dashes a word processor or a phone may put in their place.
const separators = /[\s\u2010-\u2015\u2212-]/gu;
// Characters that show as nothing, which a copy from a web page, a chat or a PDF can carry: soft
// hyphens, zero-width spaces and joiners, the byte-order mark and the marks that set text direction.
const invisibles =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * The code as typed or pasted, ready to read: no separators and nothing invisible, ASCII letters in
 * upper case, look-alikes mapped.
 */
export function normaliseCodeText(text: string): string {
  return text
    .replace(separators, '')
    .replace(invisibles, '')
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/[OIL]/g, (c) => lookAlikes[c] ?? c);
}

export function isCrockfordText(text: string): boolean {
  return [...text].every((c) => crockfordAlphabet.includes(c));
}

/** Five bits a character, most significant first; `bits.length` must be a multiple of five. */
export function bitsToCrockford(bits: readonly number[]): string {
  let text = '';
  for (let at = 0; at < bits.length; at += bitsPerCharacter) {
    const value = bits.slice(at, at + bitsPerCharacter).reduce((v, bit) => v * 2 + bit, 0);
    text += crockfordAlphabet[value] ?? '';
  }
  return text;
}

/** The bits of Crockford characters; `text` must hold only characters of the alphabet. */
export function crockfordToBits(text: string): number[] {
  return [...text].flatMap((c) => {
    const value = crockfordAlphabet.indexOf(c);
    return [4, 3, 2, 1, 0].map((shift) => (value >> shift) & 1);
  });
}
