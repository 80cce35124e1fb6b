import type { Answer } from '../questionnaire/answers';
import { answerCodes } from '../questionnaire/answers';
import type { StepTexts } from './stepTexts';

/** How a committed answer reads back to the person, in their language. */
export function answerText(answer: Answer | undefined, texts: StepTexts, language: string): string {
  if (answer === undefined) return '';
  if (typeof answer === 'number') {
    return texts.unitFor ? `${answer} ${texts.unitFor(answer)}` : String(answer);
  }
  // Several substances read as one phrase ("Alkohol og hash"), not as a row of capitalised labels.
  const name = texts.optionInSentence ?? texts.optionLabel;
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    answerCodes(answer).map((code) => name(code)),
  );
  return list.charAt(0).toLocaleUpperCase(language) + list.slice(1);
}
