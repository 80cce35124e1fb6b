/**
 * Sentence splitting, word counting and LIX (Björnsson's läsbarhetsindex), as pure functions.
 * LIX = words per sentence + the percentage of words longer than six letters. A text without an
 * ending full stop (a label, an option) counts as one sentence.
 */

/** Abbreviations whose full stop does not end a sentence (compared in lower case). */
const abbreviations = new Set([
  'f.eks.',
  'fx.',
  'ca.',
  'bl.a.',
  'dvs.',
  'evt.',
  'mv.',
  'osv.',
  'pr.',
  'nr.',
  'jf.',
  'kl.',
  'kr.',
  'e.g.',
  'i.e.',
  'etc.',
  'approx.',
  'no.',
]);

/** A word: letters or digits, joined inside by a hyphen, full stop, comma, apostrophe or @ (so "1.000", "12,5", "e-cigaretter" and "netstof.dk" are one word each). */
const wordPattern = /[\p{L}\p{N}]+(?:[-.,'’@/][\p{L}\p{N}]+)*/gu;

export function words(sentence: string): string[] {
  return sentence.match(wordPattern) ?? [];
}

/** Letters in a word (digits and joiners not counted). */
function letters(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

export function isLongWord(word: string): boolean {
  return letters(word) > 6;
}

/**
 * Splits a text into sentences at ".", "!", "?", ":" and "…" followed by a space (or the end),
 * except after a known abbreviation. Numbers such as "1.000" and "12,5" have no space after the
 * mark, so they never split.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?:…]+[»«"”’)]*(?=\s|$)/g;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, end);
    const lastToken = before.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (match[0] === '.' && abbreviations.has(lastToken)) continue;
    if (words(before).length > 0) sentences.push(before.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (words(rest).length > 0) sentences.push(rest);
  return sentences;
}

/**
 * A label of at most three words with no full stop, question or exclamation mark ("Ja", "Ved ikke",
 * "Udskriv resultatet"). LIX is about running text: counting such labels as sentences would pull the
 * words per sentence down and hide hard prose, so they are left out of the figures (but still mapped).
 */
export function isFragment(text: string): boolean {
  return !/[.!?]/.test(text) && words(text).length <= 3;
}

export interface Counts {
  sentences: number;
  words: number;
  longWords: number;
}

export function countText(text: string): Counts {
  const sentences = splitSentences(text);
  const all = sentences.flatMap(words);
  return {
    sentences: sentences.length,
    words: all.length,
    longWords: all.filter(isLongWord).length,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    sentences: a.sentences + b.sentences,
    words: a.words + b.words,
    longWords: a.longWords + b.longWords,
  };
}

export const noCounts: Counts = { sentences: 0, words: 0, longWords: 0 };

export function wordsPerSentence(counts: Counts): number {
  return counts.sentences === 0 ? 0 : counts.words / counts.sentences;
}

/** Percentage of words longer than six letters. */
export function longWordShare(counts: Counts): number {
  return counts.words === 0 ? 0 : (100 * counts.longWords) / counts.words;
}

export function lix(counts: Counts): number {
  return wordsPerSentence(counts) + longWordShare(counts);
}
