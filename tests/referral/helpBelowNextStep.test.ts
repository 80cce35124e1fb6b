import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseHelp } from '../../src/referral/chooseHelp';
import { helpBelowNextStep } from '../../src/referral/helpBelowNextStep';
import { isUrgent } from '../../src/referral/isUrgent';
import { nextStep } from '../../src/referral/nextStep';
import type { ReferralInput } from '../../src/referral/referral';
import type { ReasonId } from '../../src/referral/reasons';
import { anyReferralInput, referralInput } from '../support/anyReferralInput';

function cardsBelow(overrides: Partial<ReferralInput>): string[] {
  const input = referralInput(overrides);
  const help = chooseHelp(input);
  return helpBelowNextStep(help, nextStep(input, help)).map((r) => `${r.service}:${r.reason}`);
}

/** Reasons that carry a warning of their own: the next step never says them. */
const ownWarnings: ReasonId[] = [
  'gp-withdrawal',
  'gp-daily-heavy-drinking',
  'gp-medicine',
  'gp-safer-use',
  'pregnancy-medicine',
];

describe('helpBelowNextStep', () => {
  it('leaves out Alkolinjen below "call Alkolinjen", and keeps the doctor', () => {
    const below = cardsBelow({
      level: 'risky',
      substances: [{ code: 'alcohol', kind: 'alcohol', level: 'risky' }],
    });
    expect(below).not.toContain('alkolinjen:alcohol-line');
    expect(below).toContain('own-gp:gp-talk');
  });

  it("leaves out the municipality's drug treatment when it is the next step", () => {
    const below = cardsBelow({
      level: 'moderate',
      substances: [{ code: 'cannabis', kind: 'other', level: 'moderate' }],
    });
    expect(below.some((card) => card.startsWith('municipal-drug-treatment'))).toBe(false);
    expect(below).toContain('own-gp:gp-talk');
  });

  it('keeps the doctor card that warns about withdrawal, even when the doctor is the next step', () => {
    const below = cardsBelow({
      level: 'mild',
      substances: [{ code: 'sedatives', kind: 'medicine', level: 'mild' }],
      flags: ['do-not-stop-abruptly'],
      stopAbruptlyBecause: ['withdrawal'],
    });
    expect(below.filter((card) => card.startsWith('own-gp:gp-'))).not.toEqual([]);
    expect(below.some((card) => /own-gp:(gp-withdrawal|gp-medicine)/.test(card))).toBe(true);
  });

  it('keeps every card under the urgent numbers, whose box has no reasons', () => {
    const input = referralInput({
      level: 'severe',
      substances: [{ code: 'alcohol', kind: 'alcohol', level: 'severe' }],
      flags: ['urgent'],
      urgentBecause: ['self-harm'],
      selfHarm: true,
    });
    const help = chooseHelp(input);
    expect(helpBelowNextStep(help, nextStep(input, help))).toEqual(help);
  });

  it("leaves out the relative's own line that is the next step, and keeps every card for the person", () => {
    const input = referralInput({
      level: 'moderate',
      audience: 'relative',
      substances: [{ code: 'alcohol', kind: 'alcohol', level: 'moderate' }],
    });
    const help = chooseHelp(input);
    const below = helpBelowNextStep(help, nextStep(input, help));
    expect(below.some((r) => r.reason === 'relative-alcohol-line')).toBe(false);
    expect(below.filter((r) => !r.forRelative)).toEqual(help.filter((r) => !r.forRelative));
  });

  it('for any answers: leaves out only what a next step names, never a warning, nothing when urgent', () => {
    fc.assert(
      fc.property(anyReferralInput, (input) => {
        const help = chooseHelp(input);
        const actions = nextStep(input, help);
        const below = helpBelowNextStep(help, actions);
        const left = help.filter((card) => !below.includes(card));
        expect(below).toEqual(help.filter((card) => below.includes(card))); // order kept
        for (const card of left) {
          expect(actions.map((a) => a.service)).toContain(card.service);
          expect(ownWarnings).not.toContain(card.reason);
        }
        if (isUrgent(input)) expect(left).toEqual([]);
        // At most one card per next action goes.
        expect(left.length).toBeLessThanOrEqual(actions.length);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
