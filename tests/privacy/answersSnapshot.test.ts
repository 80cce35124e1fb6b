import { beforeEach, describe, expect, it } from 'vitest';
import { clearSnapshots, saveSnapshot, snapshotKey } from '../../src/privacy/answersSnapshot';
import { loadSnapshot } from '../../src/privacy/loadSnapshot';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const answers = { 'age-group': '25-35', substances: ['alcohol'], 'alcohol-days': 2 };
const version = questionnaire.definition.version;

describe('the opt-in snapshot of answers', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  it('is keyed by questionnaire id, version and format', () => {
    expect(snapshotKey(questionnaire)).toBe(`rusmiddeltjek:rusmiddeltjek:${version}:1`);
  });

  it('restores what was saved', () => {
    saveSnapshot(sessionStorage, questionnaire, answers);
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({ status: 'restored', answers });
  });

  it('reports none when nothing was saved', () => {
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({ status: 'none' });
  });

  it.each([
    ['not JSON', '{"format":1,'],
    ['of another format', JSON.stringify({ format: 2, questionnaire: 'rusmiddeltjek', answers })],
    [
      'an answer the page does not offer',
      JSON.stringify({
        format: 1,
        questionnaire: 'rusmiddeltjek',
        version,
        answers: { 'age-group': 'ninety' },
      }),
    ],
    [
      'a page the questionnaire does not have',
      JSON.stringify({
        format: 1,
        questionnaire: 'rusmiddeltjek',
        version,
        answers: { 'favourite-colour': 'blue' },
      }),
    ],
  ])('discards a snapshot that is %s, and removes it', (_, stored) => {
    sessionStorage.setItem(snapshotKey(questionnaire), stored);
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({ status: 'discarded' });
    expect(sessionStorage.length).toBe(0);
  });

  it('discards a snapshot of another questionnaire version', () => {
    sessionStorage.setItem('rusmiddeltjek:rusmiddeltjek:0.9.0:1', JSON.stringify({ answers }));
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({ status: 'discarded' });
    expect(sessionStorage.length).toBe(0);
  });

  it('drops hidden answers on the way in', () => {
    saveSnapshot(sessionStorage, questionnaire, { ...answers, 'frequency.cannabis': 'daily' });
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({ status: 'restored', answers });
  });

  it('clears only its own keys', () => {
    saveSnapshot(sessionStorage, questionnaire, answers);
    sessionStorage.setItem('someone-else', 'x');
    clearSnapshots(sessionStorage);
    expect(Object.keys(sessionStorage)).toEqual(['someone-else']);
  });
});
