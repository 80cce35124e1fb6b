/**
 * Why a hand-over code could not be read, one reason a message (docs/handover.md), in the order
 * the reader tells them: nothing typed, the code's kind, its characters, its length, its
 * questionnaire, its checksum and last its answers.
 */
export const handoverProblems = [
  /** Nothing but spaces and hyphens was given. */
  'empty',
  /** It does not start with "RT": not a hand-over code from this app. */
  'foreign',
  /** It starts with "RT" and another format number: made by a newer (or older) app. */
  'unknown-format',
  /** It holds a character no code has, such as U or a punctuation mark. */
  'malformed',
  /** Characters are missing: it is shorter than it says it is. */
  'truncated',
  /** Characters are extra: it is longer than it says it is. */
  'too-long',
  /** It was made with a questionnaire this app does not have. */
  'unknown-questionnaire',
  /** It was made with an earlier version of a questionnaire this app has: asked differently. */
  'older-version',
  /** It was made with another version of a questionnaire this app has. */
  'unknown-version',
  /** It is as long as it should be, but a character is wrong: a typo. */
  'checksum',
  /** It is intact, but its answers are not a finished journey (a faulty or forged code). */
  'invalid-answers',
  /** It is two codes run together (one of them readable), as when two are pasted at once. */
  'two-codes',
] as const;

export type HandoverProblem = (typeof handoverProblems)[number];
