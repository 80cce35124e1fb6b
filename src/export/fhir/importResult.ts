import type { Answers } from '../../questionnaire/answers';
import type { Questionnaire } from '../../questionnaire/questionnaire';

/**
 * Why a file could not be read, each with what a message needs to name it (docs/fhir.md):
 * - `not-json`: the text is not JSON.
 * - `not-a-questionnaire-response`: JSON, but not a QuestionnaireResponse of the shape we write.
 * - `not-completed`: a response whose status says it is unfinished.
 * - `unknown-questionnaire`: answers to a questionnaire this app does not have.
 * - `unknown-version`: a version of it this app does not have (`known` lists those it has).
 * - `unknown-question`: a linkId the questionnaire does not have.
 * - `misplaced-question`: a known linkId in the wrong place, such as a follow-up outside its question.
 * - `repeated-question`: a linkId given twice.
 * - `invalid-answer`: an answer of the wrong type, an unknown code, a number out of range, two
 *   answers to a one-answer question, or "none of these" with another answer.
 * - `hidden-question-answered`: an answer to a question the other answers hide.
 * - `unanswered-question`: a question the answers show that has no answer.
 */
export type ImportProblem =
  | { problem: 'not-json' }
  | { problem: 'not-a-questionnaire-response' }
  | { problem: 'not-completed'; status: string }
  | { problem: 'unknown-questionnaire'; questionnaire: string }
  | { problem: 'unknown-version'; version: string; known: readonly string[] }
  | {
      problem:
        | 'unknown-question'
        | 'misplaced-question'
        | 'repeated-question'
        | 'invalid-answer'
        | 'hidden-question-answered'
        | 'unanswered-question';
      linkId: string;
    };

export type ImportResult =
  { ok: true; questionnaire: Questionnaire; answers: Answers } | ({ ok: false } & ImportProblem);
