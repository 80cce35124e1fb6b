import { isPossibleAnswerSet } from '../questionnaire/completeAnswerSet';
import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import {
  clearSnapshots,
  ourKeys,
  saveSnapshot,
  snapshotFormat,
  snapshotKey,
  type SnapshotLoad,
  type StoredSnapshot,
} from './answersSnapshot';

/**
 * Answers a journey could hold: plain data, each on a page shown for the answers and one that
 * page could have committed. Checked as strictly as a hand-over code, since storage can be edited.
 */
export function answersFitQuestionnaire(questionnaire: Questionnaire, answers: unknown): boolean {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false;
  return isPossibleAnswerSet(questionnaire, answers as Answers);
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
      return { status: 'restored', answers: snapshot.answers };
    }
  } catch {
    // Not JSON: fall through and discard it.
  }
  clearSnapshots(storage);
  return { status: 'discarded' };
}
