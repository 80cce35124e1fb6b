import type { Answer } from '../questionnaire/answers';
import { answerCodes } from '../questionnaire/answers';
import type { StepTexts } from './stepTexts';

/** How a committed answer reads back to the person, in their language. */
export function answerText(answer: Answer | undefined, texts: StepTexts, language: string): string {
  if (answer === undefined) return '';
  if (typeof answer === 'number') return texts.unit ? `${answer} ${texts.unit}` : String(answer);
  const labels = answerCodes(answer).map((code) => texts.optionLabel(code));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(labels);
}
