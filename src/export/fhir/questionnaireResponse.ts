import type { Language } from '../../i18n/languages';
import type { Answer, Answers } from '../../questionnaire/answers';
import type { Questionnaire } from '../../questionnaire/questionnaire';
import { visibleAnswers } from '../../questionnaire/visibility';
import type { Assessment } from '../../scoring/assessment';
import { questionnaireCanonical } from './canonical';
import type {
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from './fhirR4';
import { questionTree, type QuestionNode, type QuestionTreeNode } from './questionTree';
import { scoreTree, type ScoreNode } from './scoreTree';
import { stepAnswerSystem } from './stepAnswerSystem';

export interface ResponseOptions {
  /** When the answers were given; written to the second, in UTC. */
  authored: Date;
  language: Language;
}

function fhirAnswers(system: string, answer: Answer): QuestionnaireResponseAnswer[] {
  if (typeof answer === 'number') return [{ valueInteger: answer }];
  const codes = typeof answer === 'string' ? [answer] : answer;
  return codes.map((code) => ({ valueCoding: { system, code } }));
}

function questionItems(
  questionnaire: Questionnaire,
  node: QuestionNode,
  answers: Answers,
): QuestionnaireResponseItem[] {
  const answer = answers[node.linkId];
  if (answer === undefined) return [];
  const [first, ...rest] = fhirAnswers(stepAnswerSystem(questionnaire, node.step), answer);
  if (!first) return [];
  const followUps = node.followUps.flatMap((f) => questionItems(questionnaire, f, answers));
  // A follow-up sits under the answer that led to it (R4: nested under answer, not item).
  const answered = followUps.length > 0 ? { ...first, item: followUps } : first;
  return [{ linkId: node.linkId, answer: [answered, ...rest] }];
}

function treeItems(
  questionnaire: Questionnaire,
  node: QuestionTreeNode,
  answers: Answers,
): QuestionnaireResponseItem[] {
  if (node.kind === 'question') return questionItems(questionnaire, node, answers);
  const item = node.questions.flatMap((q) => questionItems(questionnaire, q, answers));
  return item.length > 0 ? [{ linkId: node.linkId, item }] : [];
}

function scoreItems(node: ScoreNode, assessment: Assessment): QuestionnaireResponseItem[] {
  if (node.kind === 'question') {
    const answer = node.answers(assessment);
    return answer.length > 0 ? [{ linkId: node.linkId, answer }] : [];
  }
  const item = node.items.flatMap((child) => scoreItems(child, assessment));
  return item.length > 0 ? [{ linkId: node.linkId, item }] : [];
}

/**
 * The answers to shown questions and the scores derived from them, as a FHIR R4
 * QuestionnaireResponse to the generated Questionnaire. It names no one: no subject, author or
 * identifier, and answers only by code (docs/fhir.md).
 */
export function questionnaireResponse(
  questionnaire: Questionnaire,
  answers: Answers,
  assessment: Assessment,
  { authored, language }: ResponseOptions,
): QuestionnaireResponse {
  const shown = visibleAnswers(questionnaire.steps, answers);
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical(questionnaire.definition),
    status: 'completed',
    authored: authored.toISOString().replace(/\.\d+Z$/, 'Z'),
    language,
    item: [
      ...questionTree(questionnaire).flatMap((node) => treeItems(questionnaire, node, shown)),
      ...scoreItems(scoreTree(questionnaire), assessment),
    ],
  };
}
