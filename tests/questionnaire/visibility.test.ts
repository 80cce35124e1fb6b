import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers';
import type { Condition } from '../../src/questionnaire/definitionSchema';
import { expandSteps, substancesItemId, whichSuffix } from '../../src/questionnaire/steps';
import {
  conditionHolds,
  stepOptions,
  visibleAnswers,
  visibleSteps,
} from '../../src/questionnaire/visibility';
import { signIds } from '../support/signIds';
import { loadRealQuestionnaire } from './realQuestionnaire';

const { definition } = loadRealQuestionnaire();
const steps = expandSteps(definition);
const substancesId = substancesItemId(definition);

const shown = (answers: Answers) => visibleSteps(steps, answers).map((s) => s.id);
/** "Yes" to every warning sign, as the most a person could say. */
const yesToEverySign = Object.fromEntries(signIds.map((id) => [id, 'yes']));

describe('visibleSteps on the real questionnaire', () => {
  it('shows only the safety questions asked of everyone after the substances when "none" is chosen', () => {
    expect(shown({ 'age-group': '25-35', substances: ['none'], ...yesToEverySign })).toEqual([
      'audience',
      'age-group',
      'substances',
      'overdose',
      'self-harm',
    ]);
  });

  it('shows alcohol pages and no "which of them?" when only alcohol is chosen', () => {
    const ids = shown({ 'age-group': '25-35', substances: ['alcohol'], ...yesToEverySign });
    expect(ids).toEqual(
      expect.arrayContaining([
        'alcohol-days',
        'alcohol-typical-day',
        'alcohol-heavy-days',
        ...signIds,
        'overdose',
        'severe-withdrawal',
        'self-harm',
      ]),
    );
    // Alcohol asks its days in a typical week, not how often in bands.
    expect(ids.filter((id) => id.startsWith('frequency.'))).toEqual([]);
    expect(ids).toContain('pregnancy');
    expect(ids.filter((id) => id.endsWith(whichSuffix))).toEqual([]);
    expect(ids).not.toContain('prescribed.sedatives');
    expect(ids).not.toContain('injecting');
    expect(ids).not.toContain('mixing');
  });

  it('follows a "yes" with "which of them?" when alcohol and cannabis are chosen', () => {
    const ids = shown({ substances: ['alcohol', 'cannabis'], craving: 'yes', tolerance: 'no' });
    expect(ids.indexOf(`craving${whichSuffix}`)).toBe(ids.indexOf('craving') + 1);
    expect(ids).not.toContain(`tolerance${whichSuffix}`);
    expect(ids).toContain('mixing');
    expect(ids).toEqual(expect.arrayContaining(['alcohol-days', 'frequency.cannabis']));
  });

  it('counts an answer to a hidden step as no answer', () => {
    // Injecting is not asked about alcohol alone, so its stale "yes" must not open the next page.
    expect(shown({ substances: ['alcohol'], injecting: 'yes' })).not.toContain('sharing-equipment');
    expect(shown({ substances: ['stimulants'], injecting: 'yes' })).toContain('sharing-equipment');
  });
});

describe('visibleAnswers', () => {
  it('drops answers to steps that became hidden', () => {
    const answers: Answers = {
      substances: ['alcohol', 'cannabis'],
      'alcohol-days': 2,
      'frequency.cannabis': 'daily',
      craving: 'yes',
      [`craving${whichSuffix}`]: ['cannabis'],
    };
    expect(visibleAnswers(steps, answers)).toEqual(answers);
    expect(visibleAnswers(steps, { ...answers, substances: ['alcohol'] })).toEqual({
      substances: ['alcohol'],
      'alcohol-days': 2,
      craving: 'yes',
    });
  });

  it('drops an answer whose condition read a hidden step', () => {
    const answers: Answers = {
      substances: ['alcohol'],
      injecting: 'yes',
      'sharing-equipment': 'yes',
    };
    expect(visibleAnswers(steps, answers)).toEqual({ substances: ['alcohol'] });
  });

  it('ignores answers to steps that do not exist', () => {
    expect(visibleAnswers(steps, { substances: ['none'], nonsense: 'yes' })).toEqual({
      substances: ['none'],
    });
  });
});

describe('stepOptions', () => {
  const which = steps.find((s) => s.id === `craving${whichSuffix}`);
  const craving = steps.find((s) => s.id === 'craving');

  it('offers on a "which of them?" page only the substances chosen, in definition order', () => {
    if (!which) throw new Error('no craving.which step');
    const answers = { substances: ['cannabis', 'alcohol', 'none'] };
    expect(stepOptions(which, answers, substancesId).map((o) => o.code)).toEqual([
      'alcohol',
      'cannabis',
    ]);
  });

  it('offers an ordinary page all its options in the voice of the answers', () => {
    if (!craving) throw new Error('no craving step');
    const codes = (audience: string) =>
      stepOptions(craving, { audience, substances: ['alcohol'] }, substancesId).map((o) => o.code);
    expect(codes('self')).toEqual(['yes', 'no']);
    expect(codes('relative')).toEqual(['yes', 'no', 'dont-know']);
    expect(codes('clinician')).toEqual(['yes', 'no', 'dont-know']);
  });

  it('drops a "don\'t know" once the answers are about the person themselves', () => {
    const asRelative: Answers = {
      audience: 'relative',
      relationship: 'friend',
      'age-group': '25-35',
      substances: ['alcohol'],
      craving: 'dont-know',
      tolerance: 'yes',
    };
    expect(visibleAnswers(steps, asRelative)).toEqual(asRelative);
    const asSelf = visibleAnswers(steps, { ...asRelative, audience: 'self' });
    expect(asSelf).toEqual({
      audience: 'self',
      'age-group': '25-35',
      substances: ['alcohol'],
      tolerance: 'yes',
    });
  });
});

describe('conditionHolds', () => {
  const answers: Answers = {
    substances: ['alcohol', 'cannabis', 'nicotine'],
    craving: 'yes',
    'alcohol-typical-day': 6,
  };
  const holds = (condition: Condition) => conditionHolds(condition, answers);
  const yes: Condition = { item: 'craving', anyOf: ['yes'] };
  const no: Condition = { item: 'craving', anyOf: ['no'] };

  it('anyOf matches a single answer or any code of several', () => {
    expect(holds(yes)).toBe(true);
    expect(holds(no)).toBe(false);
    expect(holds({ item: 'substances', anyOf: ['opioids', 'cannabis'] })).toBe(true);
    expect(holds({ item: 'substances', anyOf: ['opioids'] })).toBe(false);
  });

  it('anyOf and countAtLeast fail on a missing or numeric answer', () => {
    expect(holds({ item: 'tolerance', anyOf: ['yes'] })).toBe(false);
    expect(holds({ item: 'alcohol-typical-day', anyOf: ['6'] })).toBe(false);
    expect(holds({ item: 'alcohol-typical-day', countAtLeast: 1 })).toBe(false);
  });

  it('countAtLeast counts every code, or only those among the given ones', () => {
    expect(holds({ item: 'substances', countAtLeast: 3 })).toBe(true);
    expect(holds({ item: 'substances', countAtLeast: 4 })).toBe(false);
    expect(holds({ item: 'substances', countAtLeast: 2, among: ['alcohol', 'cannabis'] })).toBe(
      true,
    );
    expect(holds({ item: 'substances', countAtLeast: 2, among: ['alcohol', 'opioids'] })).toBe(
      false,
    );
    expect(holds({ item: 'craving', countAtLeast: 1 })).toBe(true);
  });

  it('all needs every part, any needs one, not inverts', () => {
    expect(holds({ all: [yes, { item: 'substances', anyOf: ['alcohol'] }] })).toBe(true);
    expect(holds({ all: [yes, no] })).toBe(false);
    expect(holds({ any: [no, yes] })).toBe(true);
    expect(holds({ any: [no, { item: 'tolerance', anyOf: ['yes'] }] })).toBe(false);
    expect(holds({ not: no })).toBe(true);
    expect(holds({ not: yes })).toBe(false);
    expect(holds({ not: { item: 'tolerance', anyOf: ['yes'] } })).toBe(true);
    expect(holds({ all: [{ not: no }, { any: [no, { not: { not: yes } }] }] })).toBe(true);
  });
});
