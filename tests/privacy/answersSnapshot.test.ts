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

  // Storage can be edited: a snapshot is used only if a journey could have saved it.
  it.each([
    ['an exclusive choice with another', { ...answers, substances: ['none', 'alcohol'] }],
    ['an option chosen twice', { ...answers, substances: ['alcohol', 'alcohol'] }],
    ['no option chosen', { ...answers, substances: [] }],
    [
      'an option that does not belong to the page',
      {
        ...answers,
        substances: ['alcohol', 'nicotine'],
        'larger-amounts': 'yes',
        'larger-amounts.which': ['alcohol', 'cannabis'],
      },
    ],
    ['a number out of range', { ...answers, 'alcohol-days': 8 }],
    ['a number that is not whole', { ...answers, 'alcohol-days': 2.5 }],
    ['an answer of the wrong type', { ...answers, 'age-group': ['25-35'] }],
    ['an answer on a page that would not be shown', { ...answers, 'frequency.cannabis': 'daily' }],
  ])('discards a snapshot with %s, and removes it', (_, tampered) => {
    sessionStorage.setItem(
      snapshotKey(questionnaire),
      JSON.stringify({ format: 1, questionnaire: 'rusmiddeltjek', version, answers: tampered }),
    );
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({ status: 'discarded' });
    expect(sessionStorage.length).toBe(0);
  });

  it('restores a journey part-way, with pages shown but not yet answered', () => {
    const partWay = { ...answers, 'alcohol-heavy-days': 'never' };
    saveSnapshot(sessionStorage, questionnaire, partWay);
    expect(loadSnapshot(sessionStorage, questionnaire)).toEqual({
      status: 'restored',
      answers: partWay,
    });
  });

  it('clears only its own keys', () => {
    saveSnapshot(sessionStorage, questionnaire, answers);
    sessionStorage.setItem('someone-else', 'x');
    clearSnapshots(sessionStorage);
    expect(Object.keys(sessionStorage)).toEqual(['someone-else']);
  });
});
