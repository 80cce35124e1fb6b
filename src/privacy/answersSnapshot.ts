import type { Answer, Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { stepOptions, visibleAnswers } from '../questionnaire/visibility';

/** Bumped whenever the stored shape changes, so an old snapshot is discarded rather than misread. */
export const snapshotFormat = 1;
const keyPrefix = 'rusmiddeltjek:';

export function snapshotKey(questionnaire: Questionnaire): string {
  const { id, version } = questionnaire.definition;
  return `${keyPrefix}${id}:${version}:${snapshotFormat}`;
}

interface StoredSnapshot {
  format: number;
  questionnaire: string;
  version: string;
  answers: Answers;
}

export type SnapshotLoad =
  { status: 'none' } | { status: 'restored'; answers: Answers } | { status: 'discarded' };

export function saveSnapshot(
  storage: Storage,
  questionnaire: Questionnaire,
  answers: Answers,
): void {
  const { id, version } = questionnaire.definition;
  const snapshot: StoredSnapshot = { format: snapshotFormat, questionnaire: id, version, answers };
  storage.setItem(snapshotKey(questionnaire), JSON.stringify(snapshot));
}

/** The keys of every snapshot this app ever wrote, of any questionnaire, version or format. */
function ourKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (key): key is string => key?.startsWith(keyPrefix) ?? false,
  );
}

/** Removes every snapshot this app ever wrote, of any questionnaire, version or format. */
export function clearSnapshots(storage: Storage): void {
  for (const key of ourKeys(storage)) storage.removeItem(key);
}

/** Whether there is any snapshot of ours to load (or discard), without reading it. */
export function hasSnapshot(storage: Storage): boolean {
  return ourKeys(storage).length > 0;
}

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
