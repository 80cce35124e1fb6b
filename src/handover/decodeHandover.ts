import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { readAnswer } from './answerBits';
import { answerShownPages } from './answerShownPages';
import { BitReader } from './bitReader';
import { BitWriter } from './bitWriter';
import { isCompleteAnswerSet } from '../questionnaire/completeAnswerSet';
import {
  bitsPerCharacter,
  crockfordToBits,
  isCrockfordText,
  normaliseCodeText,
} from './crockfordBase32';
import {
  checksumBits,
  codeFamily,
  codePrefix,
  headerBits,
  maxExtraCharacters,
} from './handoverFormat';
import { lengthModulus, readHeader, writeHeader } from './handoverHeader';
import type { HandoverProblem } from './handoverProblem';
import { oneCharacterErrors } from './oneCharacterErrors';
import { earlierEditions } from './earlierEditions';
import { handoverChecksum, questionnaireTag, type QuestionnaireTag } from './questionnaireTag';

export type HandoverDecoding =
  | { ok: true; questionnaire: Questionnaire; answers: Answers }
  | { ok: false; problem: HandoverProblem };

// Far longer than any code: what is past it is no code, and the reader's work stays bounded.
const maxBodyCharacters = 1000;
// Where two codes run together may be split, at most: see `twoCodes`.
const maxSplits = 4;

function failed(problem: HandoverProblem): HandoverDecoding {
  return { ok: false, problem };
}

/** The body is as many characters long as its header says (modulo 64). */
function lengthHolds(bits: readonly number[]): boolean {
  return readHeader(bits).length === (bits.length / bitsPerCharacter) % lengthModulus;
}

function sameTag(a: QuestionnaireTag, b: QuestionnaireTag): boolean {
  return a.id === b.id && a.version === b.version;
}

/** The checksum at the end matches the bits before it, for this questionnaire's id and version. */
function checksumHolds(questionnaire: Questionnaire, bits: readonly number[]): boolean {
  return bits.length >= headerBits + checksumBits && residue(questionnaire, bits) === 0;
}

/** The CRC over the bits and the checksum they carry: zero for an intact code. */
function residue(questionnaire: Questionnaire, bits: readonly number[]): number {
  return handoverChecksum(questionnaire, bits);
}

/** The bits with the header this questionnaire would have written for a body of this length. */
function withHeaderOf(questionnaire: Questionnaire, bits: readonly number[]): number[] {
  const header = new BitWriter();
  writeHeader(header, bits.length / bitsPerCharacter, questionnaireTag(questionnaire));
  return [...header.bits, ...bits.slice(headerBits)];
}

/** The answers the bits after the header spell out, walking the pages as the journey would. */
function readAnswers(questionnaire: Questionnaire, bits: readonly number[]): Answers | undefined {
  const reader = new BitReader(bits.slice(headerBits, bits.length - checksumBits));
  const answers = answerShownPages(questionnaire, (step, options) =>
    readAnswer(reader, step, options),
  );
  // Only the padding to a whole character may follow, and it is zero.
  const rest = reader.remaining;
  if (!answers || rest >= bitsPerCharacter || reader.read(rest) !== 0) return undefined;
  return isCompleteAnswerSet(questionnaire, answers) ? answers : undefined;
}

/**
 * Whether the code would check out with its header as this questionnaire writes it and, when its
 * length is right, at most one character after the header changed. Never accepted: it only tells
 * a typo from the rest.
 */
function oneTypoAway(questionnaire: Questionnaire, bits: readonly number[]): boolean {
  const left = residue(questionnaire, withHeaderOf(questionnaire, bits));
  if (left === 0) return true;
  const fromEnd = oneCharacterErrors().get(left);
  return lengthHolds(bits) && fromEnd !== undefined && fromEnd < bits.length / bitsPerCharacter;
}

/** Why a code of the right kind failed its checksum: the most specific reason the bits allow. */
function diagnose(questionnaires: readonly Questionnaire[], bits: readonly number[]) {
  const { length, tag } = readHeader(bits);
  if (questionnaires.some((q) => oneTypoAway(q, bits))) return 'checksum';
  const extra = (bits.length / bitsPerCharacter - length + lengthModulus) % lengthModulus;
  if (extra !== 0) return extra <= maxExtraCharacters ? 'too-long' : 'truncated';
  const tags = questionnaires.map((q) => questionnaireTag(q));
  if (!tags.some((t) => t.id === tag.id)) return 'unknown-questionnaire';
  if (!tags.some((t) => sameTag(t, tag))) {
    const earlier = questionnaires
      .filter((q) => questionnaireTag(q).id === tag.id)
      .flatMap((q) => earlierEditions[q.definition.id] ?? []);
    return earlier.some((e) => e.tag === tag.version) ? 'older-version' : 'unknown-version';
  }
  return bits.length < headerBits + checksumBits ? 'truncated' : 'checksum';
}

/** Reads one code, already normalised. */
function decodeText(questionnaires: readonly Questionnaire[], text: string): HandoverDecoding {
  if (text === '') return failed('empty');
  if (!text.startsWith(codeFamily)) return failed('foreign');
  const format = text.charAt(codeFamily.length);
  if (format === '') return failed('truncated');
  if (!text.startsWith(codePrefix)) return failed(/\d/.test(format) ? 'unknown-format' : 'foreign');
  const body = text.slice(codePrefix.length);
  if (!isCrockfordText(body)) return failed('malformed');
  if (body.length > maxBodyCharacters) return failed('too-long');
  const bits = crockfordToBits(body);
  if (bits.length < headerBits) return failed('truncated');

  const { tag } = readHeader(bits);
  for (const questionnaire of questionnaires) {
    if (!sameTag(tag, questionnaireTag(questionnaire))) continue;
    if (!lengthHolds(bits) || !checksumHolds(questionnaire, bits)) continue;
    const answers = readAnswers(questionnaire, bits);
    return answers ? { ok: true, questionnaire, answers } : failed('invalid-answers');
  }
  return failed(diagnose(questionnaires, bits));
}

/**
 * Whether text that is no code is two run together: split where a later "RT1" starts, one part
 * reads. ("RT1" can occur inside a code's body by chance, so a code that fails for another reason
 * is told as such unless a part of it reads.)
 */
function twoCodes(questionnaires: readonly Questionnaire[], text: string): boolean {
  let at = text.indexOf(codePrefix, 1);
  // The second code starts at the first later "RT1" unless the first code's body holds one by
  // chance: a few places suffice, and text made of "RT1" over and over stays quick to refuse.
  for (let tries = 0; at !== -1 && tries < maxSplits; tries += 1) {
    const parts = [text.slice(0, at), text.slice(at)];
    if (parts.some((part) => decodeText(questionnaires, part).ok)) return true;
    at = text.indexOf(codePrefix, at + 1);
  }
  return false;
}

/**
 * Reads a hand-over code as typed, pasted or scanned: case, spaces, hyphens and invisible
 * characters do not matter, and O, I and L read as 0, 1 and 1. Answers come back only when the
 * code is intact and they are a finished journey of one of these questionnaires (multiple choices
 * in the page's order); never throws.
 */
export function decodeHandover(
  questionnaires: readonly Questionnaire[],
  code: string,
): HandoverDecoding {
  const text = typeof code === 'string' ? normaliseCodeText(code) : '';
  const decoded = decodeText(questionnaires, text);
  if (decoded.ok || decoded.problem === 'empty' || !twoCodes(questionnaires, text)) return decoded;
  return failed('two-codes');
}
