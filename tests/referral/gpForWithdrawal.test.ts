import { describe, expect, it } from 'vitest';
import type { ReferralInput } from '../../src/referral/referral';
import { gpForWithdrawal } from '../../src/referral/rules/forThePerson';

const base: ReferralInput = {
  level: 'risky',
  substances: [{ code: 'alcohol', kind: 'alcohol', level: 'risky' }],
  audience: 'self',
  flags: ['do-not-stop-abruptly'],
  selfHarm: false,
};

describe('gpForWithdrawal', () => {
  it('speaks of heavy drinking, never of withdrawal, when drinking alone raised the flag', () => {
    expect(gpForWithdrawal({ ...base, stopAbruptlyBecause: ['daily-heavy-drinking'] })).toEqual([
      { service: 'own-gp', reason: 'gp-daily-heavy-drinking' },
    ]);
  });

  it('speaks of withdrawal when withdrawal was reported, with or without heavy drinking', () => {
    for (const because of [
      ['withdrawal'],
      ['withdrawal', 'daily-heavy-drinking'],
      ['severe-withdrawal'],
    ]) {
      expect(gpForWithdrawal({ ...base, stopAbruptlyBecause: because as never })).toEqual([
        { service: 'own-gp', reason: 'gp-withdrawal' },
      ]);
    }
  });

  it('proposes nothing without the flag', () => {
    expect(gpForWithdrawal({ ...base, flags: [] })).toEqual([]);
  });
});
