import type { Answer, Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { stepOptions, visibleAnswers } from '../questionnaire/visibility';
import {
  clearSnapshots,
  ourKeys,
  saveSnapshot,
  snapshotFormat,
  snapshotKey,
  type SnapshotLoad,
  type StoredSnapshot,
} from './answersSnapshot';

function answerFits(questionnaire: Questionnaire, answers: Answers, id: string, answer: Answer) {
  const step = questionnaire.steps.find((s) => s.id === id);
  if (!step) return false;
  const codes = stepOptions(step, answers, questionnaire.substancesId).map((o) => o.code);
  if (step.kind === 'number') {
    return (
      Number.isInteger(answer) &&
      (answer as number) >= (step.min ?? 0) &&
      (answer as number) <= (step.max ?? Number.MAX_SAFE_INTEGER)
    );
  }
  if (step.kind === 'single') return typeof answer === 'string' && codes.includes(answer);
  return Array.isArray(answer) && answer.length > 0 && answer.every((c) => codes.includes(c));
}

/** Every answer names a page of this questionnaire and an answer that page offers. */
export function answersFitQuestionnaire(questionnaire: Questionnaire, answers: unknown): boolean {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false;
  const entries = Object.entries(answers as Record<string, Answer>);
  return entries.every(([id, answer]) => answerFits(questionnaire, answers as Answers, id, answer));
}

/**
 * The snapshot of this questionnaire's version and format, if there is one that fits. Anything else
 * of ours in storage — corrupt, another version, another format — is removed and reported.
 */
export function loadSnapshot(storage: Storage, questionnaire: Questionnaire): SnapshotLoad {
  const key = snapshotKey(questionnaire);
  const raw = storage.getItem(key);
  const others = ourKeys(storage).some((k) => k !== key);
  if (raw === null) {
    if (!others) return { status: 'none' };
    clearSnapshots(storage);
    return { status: 'discarded' };
  }
  try {
    const snapshot = JSON.parse(raw) as Partial<StoredSnapshot>;
    const { id, version } = questionnaire.definition;
    const fits =
      snapshot.format === snapshotFormat &&
      snapshot.questionnaire === id &&
      snapshot.version === version &&
      answersFitQuestionnaire(questionnaire, snapshot.answers);
    if (fits && snapshot.answers) {
      if (others) {
        clearSnapshots(storage);
        saveSnapshot(storage, questionnaire, snapshot.answers);
      }
      return { status: 'restored', answers: visibleAnswers(questionnaire.steps, snapshot.answers) };
    }
  } catch {
    // Not JSON: fall through and discard it.
  }
  clearSnapshots(storage);
  return { status: 'discarded' };
}
