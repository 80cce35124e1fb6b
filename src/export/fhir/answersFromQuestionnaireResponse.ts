import { answerCodes, type Answer, type Answers } from '../../questionnaire/answers';
import type { Questionnaire } from '../../questionnaire/questionnaire';
import { stepOptions, visibleSteps } from '../../questionnaire/visibility';
import { answerFromFhir } from './answerFromFhir';
import { questionnaireUrl } from './canonical';
import type { ImportProblem, ImportResult } from './importResult';
import { isJsonObject } from './jsonValue';
import { responseItems } from './responseItems';
import { stepAnswerSystem } from './stepAnswerSystem';

const failed = (problem: ImportProblem): ImportResult => ({ ok: false, ...problem });

function parsed(json: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof json !== 'string') return { ok: true, value: json };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The questionnaire a response names as `url|version`, among those the app has. */
function namedQuestionnaire(
  questionnaires: readonly Questionnaire[],
  canonical: unknown,
): { ok: true; questionnaire: Questionnaire } | ({ ok: false } & ImportProblem) {
  if (typeof canonical !== 'string') {
    return { ok: false, problem: 'unknown-questionnaire', questionnaire: '' };
  }
  const bar = canonical.lastIndexOf('|');
  const url = bar === -1 ? canonical : canonical.slice(0, bar);
  const version = bar === -1 ? '' : canonical.slice(bar + 1);
  const same = questionnaires.filter((q) => questionnaireUrl(q.definition.id) === url);
  if (same.length === 0) return { ok: false, problem: 'unknown-questionnaire', questionnaire: url };
  const found = same.find((q) => q.definition.version === version);
  if (!found) {
    return {
      ok: false,
      problem: 'unknown-version',
      version,
      known: same.map((q) => q.definition.version),
    };
  }
  return { ok: true, questionnaire: found };
}

/** An answer the page could have been given with these answers: offered codes, in range. */
function offered(questionnaire: Questionnaire, answers: Answers, stepId: string): boolean {
  const step = questionnaire.steps.find((s) => s.id === stepId);
  const answer = answers[stepId];
  if (!step || answer === undefined) return false;
  if (typeof answer === 'number') {
    return answer >= (step.min ?? 0) && answer <= (step.max ?? Number.MAX_SAFE_INTEGER);
  }
  const options = stepOptions(step, answers, questionnaire.substancesId);
  const codes = answerCodes(answer);
  const chosen = options.filter((o) => codes.includes(o.code));
  return chosen.length === codes.length && (codes.length === 1 || !chosen.some((o) => o.exclusive));
}

function readAnswers(
  questionnaire: Questionnaire,
  given: ReadonlyMap<string, readonly unknown[]>,
): ImportResult {
  const answers: Record<string, Answer> = {};
  for (const step of questionnaire.steps) {
    const fhir = given.get(step.id);
    if (fhir === undefined) continue;
    const answer = answerFromFhir(step, stepAnswerSystem(questionnaire, step), fhir);
    if (answer === undefined) return failed({ problem: 'invalid-answer', linkId: step.id });
    answers[step.id] = answer;
  }
  for (const stepId of Object.keys(answers)) {
    if (!offered(questionnaire, answers, stepId)) {
      return failed({ problem: 'invalid-answer', linkId: stepId });
    }
  }
  const shown = visibleSteps(questionnaire.steps, answers).map((s) => s.id);
  const hidden = Object.keys(answers).find((id) => !shown.includes(id));
  if (hidden !== undefined) return failed({ problem: 'hidden-question-answered', linkId: hidden });
  const unanswered = shown.find((id) => answers[id] === undefined);
  if (unanswered !== undefined) {
    return failed({ problem: 'unanswered-question', linkId: unanswered });
  }
  return { ok: true, questionnaire, answers };
}

function read(questionnaires: readonly Questionnaire[], json: unknown): ImportResult {
  const value = parsed(json);
  if (!value.ok) return failed({ problem: 'not-json' });
  const resource = value.value;
  if (!isJsonObject(resource) || resource.resourceType !== 'QuestionnaireResponse') {
    return failed({ problem: 'not-a-questionnaire-response' });
  }
  const named = namedQuestionnaire(questionnaires, resource.questionnaire);
  if (!named.ok) return named;
  if (resource.status !== 'completed' && resource.status !== 'amended') {
    return failed({ problem: 'not-completed', status: String(resource.status) });
  }
  const items = responseItems(named.questionnaire, resource.item);
  if (!items.ok) return items;
  return readAnswers(named.questionnaire, items.answers);
}

/**
 * The answers in a FHIR QuestionnaireResponse that this app wrote, for a clinician importing a
 * file: `json` is the file's text or its parsed value. Every answer must be one the app could have
 * committed, no hidden question answered and no shown one left out; the scores in the file are
 * not read (they are worked out again from the answers). Never throws.
 */
export function answersFromQuestionnaireResponse(
  questionnaires: readonly Questionnaire[],
  json: unknown,
): ImportResult {
  try {
    return read(questionnaires, json);
  } catch {
    // Only a value that is not plain JSON (a getter that throws, say) can get here.
    return failed({ problem: 'not-a-questionnaire-response' });
  }
}
