import type { Answers } from '../questionnaire/answers';
import type { Questionnaire } from '../questionnaire/questionnaire';

// Reading a snapshot back, which needs the questionnaire, is in loadSnapshot.ts: the start page
// loads it only when there is a snapshot to read.

/** Bumped whenever the stored shape changes, so an old snapshot is discarded rather than misread. */
export const snapshotFormat = 1;
const keyPrefix = 'rusmiddeltjek:';

export function snapshotKey(questionnaire: Questionnaire): string {
  const { id, version } = questionnaire.definition;
  return `${keyPrefix}${id}:${version}:${snapshotFormat}`;
}

export interface StoredSnapshot {
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
export function ourKeys(storage: Storage): string[] {
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
