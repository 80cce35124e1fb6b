import { writeAnswer } from '../../src/handover/answerBits';
import { answerShownPages } from '../../src/handover/answerShownPages';
import { BitWriter } from '../../src/handover/bitWriter';
import { bitsToCrockford, crockfordToBits } from '../../src/handover/crockfordBase32';
import { formatHandoverCode } from '../../src/handover/formatHandoverCode';
import { checksumBits, headerBits } from '../../src/handover/handoverFormat';
import { writeHeader } from '../../src/handover/handoverHeader';
import { handoverChecksum, questionnaireTag } from '../../src/handover/questionnaireTag';
import type { Answers } from '../../src/questionnaire/answers';
import type { Questionnaire } from '../../src/questionnaire/questionnaire';

/** The answer bits of a real code, padding included: what lies between header and checksum. */
export function answerBitsOf(code: string): number[] {
  const bits = crockfordToBits(code.replaceAll('-', '').slice(3));
  return bits.slice(headerBits, bits.length - checksumBits);
}

/**
 * A code with a right header and checksum around any bits whatever, as a faulty or forged encoder
 * could make; `bits` is padded with zeros to a whole character.
 */
export function forgeCode(questionnaire: Questionnaire, bits: readonly number[]): string {
  const padding = (5 - ((headerBits + bits.length + checksumBits) % 5)) % 5;
  const characters = (headerBits + bits.length + padding + checksumBits) / 5;
  const writer = new BitWriter();
  writeHeader(writer, characters, questionnaireTag(questionnaire));
  writer.bits.push(...bits);
  writer.write(0, padding);
  writer.write(handoverChecksum(questionnaire, writer.bits), checksumBits);
  return formatHandoverCode(bitsToCrockford(writer.bits));
}

/** The bits an encoder that checks nothing would write for these answers, padding excluded. */
export function uncheckedAnswerBits(questionnaire: Questionnaire, answers: Answers): number[] {
  const writer = new BitWriter();
  answerShownPages(questionnaire, (step, options) => {
    const answer = answers[step.id];
    if (answer !== undefined) writeAnswer(writer, step, options, answer);
    return answer;
  });
  return writer.bits;
}
