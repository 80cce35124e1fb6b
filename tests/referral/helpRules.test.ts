import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseHelp } from '../../src/referral/chooseHelp';
import type { ReferralInput } from '../../src/referral/referral';
import { relativeConcerns } from '../../src/questionnaire/vocabulary';
import { rulesForARelative, urgentForConcern } from '../../src/referral/rules/forARelative';
import { rulesForThePerson } from '../../src/referral/rules/forThePerson';
import { anyReferralInput, referralInput } from '../support/anyReferralInput';

const sedatives = { code: 'sedatives', kind: 'medicine' as const, level: 'moderate' as const };

/** Someone with signs who uses medicine, the case where most rules propose the own GP. */
const input = (overrides: Partial<ReferralInput>) =>
  referralInput({ level: 'moderate', substances: [sedatives], ...overrides });

const gpReason = (overrides: Partial<ReferralInput>) =>
  chooseHelp(input(overrides)).find((r) => r.service === 'own-gp')?.reason;

/** Every proposal of one list of rules, as `service` or `service for the relative`. */
function proposals(rules: typeof rulesForThePerson, given: ReferralInput): string[] {
  return rules.flatMap((rule) =>
    rule(given).map((r) => `${r.service}${r.forRelative ? ' for the relative' : ''}`),
  );
}

describe('the priority of the help rules', () => {
  it('gives the own GP the reason of the highest warning: withdrawal, medicine, safer use, talk', () => {
    const withdrawal = { flags: ['do-not-stop-abruptly', 'harm-reduction'] as const };
    expect(gpReason({ ...withdrawal, stopAbruptlyBecause: ['withdrawal'] })).toBe('gp-withdrawal');
    expect(gpReason({ ...withdrawal, stopAbruptlyBecause: ['daily-heavy-drinking'] })).toBe(
      'gp-daily-heavy-drinking',
    );
    expect(gpReason({ flags: ['harm-reduction'] })).toBe('gp-medicine');
    const cannabis = { code: 'cannabis', kind: 'other' as const, level: 'moderate' as const };
    expect(gpReason({ flags: ['harm-reduction'], substances: [cannabis] })).toBe('gp-safer-use');
    expect(gpReason({ substances: [cannabis] })).toBe('gp-talk');
    expect(gpReason({ level: 'none', substances: [] })).toBe('gp-if-you-wonder');
  });

  it("for any answers: only the own GP is proposed twice, so only its reason depends on the order; a relative's rules propose only for the relative", () => {
    fc.assert(
      fc.property(anyReferralInput, (given) => {
        const person = proposals(rulesForThePerson, given);
        const twice = person.filter((p, i) => person.indexOf(p) !== i);
        expect(twice.every((p) => p === 'own-gp')).toBe(true);
        expect(person.some((p) => p.endsWith('for the relative'))).toBe(false);
        const relative = proposals(rulesForARelative, given);
        expect(new Set(relative).size).toBe(relative.length);
        expect(relative.every((p) => p.endsWith('for the relative'))).toBe(true);
      }),
      { numRuns: 300, seed: 49 },
    );
  });
});

describe("a relative's own concerns", () => {
  it('give 112 beside feeling unsafe, and no number beside the others', () => {
    const numbers = relativeConcerns.map((concern) => [concern, urgentForConcern(concern)]);
    expect(numbers).toEqual([
      ['worry', undefined],
      ['sleep', undefined],
      ['conflict', undefined],
      ['unsafe', 'emergency-112'],
      ['children', undefined],
    ]);
  });
});
