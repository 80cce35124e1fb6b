import type { Questionnaire } from '../../questionnaire/questionnaire';
import type { Step } from '../../questionnaire/steps';

/** A question: one page of the journey; its linkId is the step id, the answers' key. */
export interface QuestionNode {
  kind: 'question';
  linkId: string;
  step: Step;
  /** "Which of them?" pages, nested under the question they follow up. */
  followUps: QuestionNode[];
}

/** A per-substance item: one question per substance; its linkId is the item id. */
export interface QuestionGroupNode {
  kind: 'group';
  linkId: string;
  itemId: string;
  questions: QuestionNode[];
}

export type QuestionTreeNode = QuestionNode | QuestionGroupNode;

/**
 * How the pages are laid out in FHIR, in the questionnaire's order: a group per per-substance
 * item, a question per other page, and each follow-up nested under the question it follows.
 * The Questionnaire and the QuestionnaireResponse are written from it, and the import reads by it.
 */
export function questionTree(questionnaire: Questionnaire): QuestionTreeNode[] {
  const roots: QuestionTreeNode[] = [];
  const groups = new Map<string, QuestionGroupNode>();
  const questions = new Map<string, QuestionNode>();
  for (const step of questionnaire.steps) {
    const node: QuestionNode = { kind: 'question', linkId: step.id, step, followUps: [] };
    questions.set(step.id, node);
    const followed = step.followUpOf === undefined ? undefined : questions.get(step.followUpOf);
    if (followed) {
      followed.followUps.push(node);
    } else if (step.substance !== undefined) {
      let group = groups.get(step.itemId);
      if (!group) {
        group = { kind: 'group', linkId: step.itemId, itemId: step.itemId, questions: [] };
        groups.set(step.itemId, group);
        roots.push(group);
      }
      group.questions.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** Every question in the tree, in order, follow-ups after the question they follow. */
export function treeQuestions(nodes: readonly QuestionTreeNode[]): QuestionNode[] {
  return nodes.flatMap((node) =>
    node.kind === 'group'
      ? treeQuestions(node.questions)
      : [node, ...treeQuestions(node.followUps)],
  );
}
