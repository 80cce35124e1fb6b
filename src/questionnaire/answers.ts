/** A committed answer: an option code, several option codes, or a whole number. */
export type Answer = string | readonly string[] | number;

/** Committed answers by step id. */
export type Answers = Readonly<Record<string, Answer>>;

export function answerCodes(answer: Answer | undefined): readonly string[] {
  if (answer === undefined || typeof answer === 'number') return [];
  return typeof answer === 'string' ? [answer] : answer;
}
