import type { Questionnaire } from '../../questionnaire/questionnaire';
import type { Step } from '../../questionnaire/steps';
import type { ImportProblem } from './importResult';
import { isJsonObject, optionalArray } from './jsonValue';
import { questionTree, type QuestionTreeNode } from './questionTree';
import { scoreTree, type ScoreNode } from './scoreTree';

/** Where an item may stand in a response: its children are nested under it (or its answers). */
interface ExpectedItem {
  linkId: string;
  kind: 'group' | 'question';
  /** The page it answers; none for a score, whose answers are not read. */
  step?: Step;
  children: readonly ExpectedItem[];
}

function fromQuestions(node: QuestionTreeNode): ExpectedItem {
  return node.kind === 'group'
    ? { linkId: node.linkId, kind: 'group', children: node.questions.map(fromQuestions) }
    : {
        linkId: node.linkId,
        kind: 'question',
        step: node.step,
        children: node.followUps.map(fromQuestions),
      };
}

function fromScores(node: ScoreNode): ExpectedItem {
  return node.kind === 'group'
    ? { linkId: node.linkId, kind: 'group', children: node.items.map(fromScores) }
    : { linkId: node.linkId, kind: 'question', children: [] };
}

function linkIds(items: readonly ExpectedItem[]): string[] {
  return items.flatMap((item) => [item.linkId, ...linkIds(item.children)]);
}

interface Reading {
  known: ReadonlySet<string>;
  seen: Set<string>;
  /** The FHIR answers given to each page, by step id. */
  answers: Map<string, readonly unknown[]>;
}

const notAResponse: ImportProblem = { problem: 'not-a-questionnaire-response' };

function readItems(
  items: unknown,
  expected: readonly ExpectedItem[],
  reading: Reading,
): ImportProblem | undefined {
  const list = optionalArray(items);
  if (!list) return notAResponse;
  for (const item of list) {
    if (!isJsonObject(item) || typeof item.linkId !== 'string') return notAResponse;
    const { linkId } = item;
    const place = expected.find((e) => e.linkId === linkId);
    if (!place) {
      return {
        problem: reading.known.has(linkId) ? 'misplaced-question' : 'unknown-question',
        linkId,
      };
    }
    if (reading.seen.has(linkId)) return { problem: 'repeated-question', linkId };
    reading.seen.add(linkId);
    if (place.kind === 'group') {
      if (item.answer !== undefined) return notAResponse;
      const problem = readItems(item.item, place.children, reading);
      if (problem) return problem;
      continue;
    }
    // A question's own items would be beside its answers; ours nest under an answer.
    const beside = readItems(item.item, [], reading);
    if (beside) return beside;
    const answers = optionalArray(item.answer);
    if (!answers) return notAResponse;
    for (const answer of answers) {
      if (!isJsonObject(answer)) return notAResponse;
      const problem = readItems(answer.item, place.children, reading);
      if (problem) return problem;
    }
    if (place.step && answers.length > 0) reading.answers.set(place.step.id, answers);
  }
  return undefined;
}

/**
 * The FHIR answers a response gives each page, read by the layout the export writes; a problem
 * for an item that is not a known linkId in its place, or given twice.
 */
export function responseItems(
  questionnaire: Questionnaire,
  items: unknown,
):
  { ok: true; answers: ReadonlyMap<string, readonly unknown[]> } | ({ ok: false } & ImportProblem) {
  const expected = [
    ...questionTree(questionnaire).map(fromQuestions),
    fromScores(scoreTree(questionnaire)),
  ];
  const reading: Reading = {
    known: new Set(linkIds(expected)),
    seen: new Set(),
    answers: new Map(),
  };
  const problem = readItems(items, expected, reading);
  return problem ? { ok: false, ...problem } : { ok: true, answers: reading.answers };
}
