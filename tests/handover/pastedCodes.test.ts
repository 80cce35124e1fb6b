import { describe, expect, it } from 'vitest';
import da from '../../src/i18n/locales/da/handover.json';
import en from '../../src/i18n/locales/en/handover.json';
import { decodeHandover } from '../../src/handover/decodeHandover';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire } from '../support/realQuestionnaire';

const questionnaires = [realQuestionnaire];
const answers = completeAnswers({ substances: ['alcohol', 'cannabis'] });
const code = encodeHandover(realQuestionnaire, answers);
const other = encodeHandover(realQuestionnaire, completeAnswers({ substances: ['none'] }));

function problemOf(text: string) {
  const decoded = decodeHandover(questionnaires, text);
  return decoded.ok ? 'ok' : decoded.problem;
}

/** Puts `mark` between every two characters of the code. */
function interleaved(mark: string): string {
  return [...code].join(mark);
}

describe('a pasted hand-over code', () => {
  it.each([
    ['zero-width spaces', '\u200B'],
    ['zero-width joiners', '\u200D'],
    ['soft hyphens', '\u00AD'],
    ['byte-order marks', '\uFEFF'],
    ['left-to-right and right-to-left marks', '\u200E\u200F'],
    ['bidi embeddings and isolates', '\u202B\u2067\u202C\u2069'],
  ])('is read through invisible characters: %s', (_, mark) => {
    expect(decodeHandover(questionnaires, interleaved(mark))).toEqual({
      ok: true,
      questionnaire: realQuestionnaire,
      answers,
    });
  });

  it.each([
    ['with a space', `${code} ${other}`],
    ['on two lines', `${code}\n${other}`],
    ['with nothing between', `${code}${other}`],
    ['the same code twice', `${code} ${code}`],
    ['one whole, one cut short', `${code} ${other.slice(0, 9)}`],
  ])('of two codes run together %s has its own message', (_, text) => {
    expect(problemOf(text)).toBe('two-codes');
  });

  it('with a typo is still told as a typo', () => {
    const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    expect(problemOf(typo)).toBe('checksum');
  });

  it.each([
    ['Danish', da.import.codeHint],
    ['English', en.import.codeHint],
  ])('shown as the example in the %s hint is not a valid code', (_, hint) => {
    const example = /RT1[0-9A-Z-]+/.exec(hint)?.[0];
    expect(example, 'the hint shows an example').toBeDefined();
    expect(decodeHandover(questionnaires, example ?? '').ok).toBe(false);
  });
});
