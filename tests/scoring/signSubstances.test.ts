import { describe, expect, it } from 'vitest';
import { signSubstances } from '../../src/scoring/signSubstances';
import { stepById } from './rusmiddeltjek';

const craving = stepById('craving');
const cravingWhich = stepById('craving.which');
const injecting = stepById('injecting');

describe('signSubstances', () => {
  it('applies a per-substance page to its own substance', () => {
    expect(
      signSubstances(stepById('prescribed.sedatives'), undefined, {}, ['alcohol', 'sedatives']),
    ).toEqual({ substances: ['sedatives'], evidence: ['prescribed.sedatives'] });
  });

  it('applies to the substances named in "which of them?", with that page as evidence', () => {
    const answers = { craving: 'yes', 'craving.which': ['stimulants'] };
    expect(signSubstances(craving, cravingWhich, answers, ['cannabis', 'stimulants'])).toEqual({
      substances: ['stimulants'],
      evidence: ['craving', 'craving.which'],
    });
  });

  it('applies to the one chosen substance when "which of them?" was not asked', () => {
    expect(signSubstances(craving, cravingWhich, { craving: 'yes' }, ['cannabis'])).toEqual({
      substances: ['cannabis'],
      evidence: ['craving'],
    });
  });

  it('keeps only chosen substances in scope', () => {
    // Injecting is not asked about alcohol or cannabis.
    expect(
      signSubstances(injecting, undefined, {}, ['alcohol', 'cannabis', 'stimulants']).substances,
    ).toEqual(['stimulants']);
  });

  it('never drops a met sign when "which of them?" names no chosen substance', () => {
    const answers = { craving: 'yes', 'craving.which': ['opioids'] };
    expect(signSubstances(craving, cravingWhich, answers, ['cannabis', 'stimulants'])).toEqual({
      substances: ['cannabis', 'stimulants'],
      evidence: ['craving'],
    });
  });
});
