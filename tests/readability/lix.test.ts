import { describe, expect, it } from 'vitest';
import {
  countText,
  isFragment,
  isLongWord,
  lix,
  splitSentences,
  words,
} from '../../scripts/readability/lix';

describe('splitSentences', () => {
  it('ends a sentence at a full stop, question mark, exclamation mark or colon before a space', () => {
    expect(splitSentences('Svar ja. Er du sikker? Ja! Se her: tallene')).toEqual([
      'Svar ja.',
      'Er du sikker?',
      'Ja!',
      'Se her:',
      'tallene',
    ]);
  });

  it('does not end a sentence after an abbreviation', () => {
    expect(
      splitSentences('Drik fx vand, f.eks. to glas, ca. 33 cl og bl.a. te. Så er du færdig.'),
    ).toEqual(['Drik fx vand, f.eks. to glas, ca. 33 cl og bl.a. te.', 'Så er du færdig.']);
  });

  it('does not end a sentence inside a number or an address', () => {
    expect(splitSentences('Det er 1.000 kr. pr. år og 12,5 gram på netstof.dk i dag.')).toEqual([
      'Det er 1.000 kr. pr. år og 12,5 gram på netstof.dk i dag.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('Vælg »Ret.« Så er det gjort.')).toEqual([
      'Vælg »Ret.«',
      'Så er det gjort.',
    ]);
  });

  it('counts a text without an ending mark as one sentence', () => {
    expect(splitSentences('Ja, men jeg tager mere, end lægen har sagt')).toHaveLength(1);
  });
});

describe('words and long words', () => {
  it('counts numbers, hyphenated words and addresses as one word each', () => {
    expect(words('12,5 e-cigaretter på netstof.dk – 1.000 gange')).toEqual([
      '12,5',
      'e-cigaretter',
      'på',
      'netstof.dk',
      '1.000',
      'gange',
    ]);
  });

  it('calls a word long when it has more than six letters', () => {
    expect(isLongWord('forbrug')).toBe(true);
    expect(isLongWord('alkohol')).toBe(true);
    expect(isLongWord('genstd')).toBe(false);
    expect(isLongWord('1.000.000')).toBe(false);
  });
});

describe('lix', () => {
  it('adds words per sentence and the percentage of long words', () => {
    // 2 sentences, 8 words, 2 long ("alkohol", "spørgsmål"): 4 + 25 = 29
    const counts = countText('Jeg drak alkohol hver dag. Svar på spørgsmål.');
    expect(counts).toEqual({ sentences: 2, words: 8, longWords: 2 });
    expect(lix(counts)).toBe(29);
  });

  it('is 0 for no text', () => {
    expect(lix(countText(''))).toBe(0);
  });
});

describe('isFragment', () => {
  it('leaves short labels out of the running text, but not sentences', () => {
    expect(isFragment('Ved ikke')).toBe(true);
    expect(isFragment('Udskriv resultatet')).toBe(true);
    expect(isFragment('Ja.')).toBe(false);
    expect(isFragment('Ja, men jeg tager mere')).toBe(false);
  });
});
