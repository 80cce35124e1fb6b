import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { answerFits } from '../questionnaire/answerFits';
import { writeAnswer } from './answerBits';
import { answerShownPages } from './answerShownPages';
import { BitWriter } from './bitWriter';
import { bitsPerCharacter, bitsToCrockford } from './crockfordBase32';
import { formatHandoverCode } from './formatHandoverCode';
import { checksumBits, headerBits } from './handoverFormat';
import { writeHeader } from './handoverHeader';
import { handoverChecksum, questionnaireTag } from './questionnaireTag';

/** The answers' bits: every page shown, in the questionnaire's order; hidden pages take none. */
function answerBits(questionnaire: Questionnaire, answers: Answers): number[] {
  const writer = new BitWriter();
  answerShownPages(questionnaire, (step, options) => {
    const answer = answers[step.id];
    if (answer === undefined || !answerFits(step, options, answer)) {
      throw new Error(`No hand-over code: page "${step.id}" is shown but has no valid answer`);
    }
    writeAnswer(writer, step, options, answer);
    return answer;
  });
  return writer.bits;
}

/**
 * The hand-over code of a finished journey (docs/handover.md). Answers to pages not shown are left
 * out; a page shown without a valid answer is a programming error and throws.
 */
export function encodeHandover(questionnaire: Questionnaire, answers: Answers): string {
  const answered = answerBits(questionnaire, answers);
  const unpadded = headerBits + answered.length + checksumBits;
  const padding = (bitsPerCharacter - (unpadded % bitsPerCharacter)) % bitsPerCharacter;
  const characters = (unpadded + padding) / bitsPerCharacter;

  const writer = new BitWriter();
  writeHeader(writer, characters, questionnaireTag(questionnaire));
  writer.bits.push(...answered);
  writer.write(0, padding);
  writer.write(handoverChecksum(questionnaire, writer.bits), checksumBits);
  return formatHandoverCode(bitsToCrockford(writer.bits));
}
