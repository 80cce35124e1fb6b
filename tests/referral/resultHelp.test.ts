import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseHelp } from '../../src/referral/chooseHelp';
import { isUrgent } from '../../src/referral/isUrgent';
import type { Referral } from '../../src/referral/reasons';
import type { ReferralInput } from '../../src/referral/referral';
import { resultHelp } from '../../src/referral/resultHelp';
import { anyReferralInput, referralInput as input } from '../support/anyReferralInput';

const alcohol = (level: ReferralInput['level']) => ({
  code: 'alcohol',
  kind: 'alcohol' as const,
  level,
});

const cards = (help: readonly Referral[]) => help.map((r) => `${r.service}:${r.reason}`);

// Each expectation worked out by hand from chooseHelp's rules, nextStep and helpBelowNextStep.
describe('resultHelp', () => {
  it('drinking above the limit: Alkolinjen is the next step, so its card is told there, not listed', () => {
    const help = resultHelp(input({ level: 'risky', substances: [alcohol('risky')] }));
    expect(help.urgentActions).toEqual([]);
    expect(help.nextActions.map((a) => a.service)).toEqual(['alkolinjen']);
    expect(cards(help.listed)).toEqual(['own-gp:gp-talk']);
    expect(cards(help.toldByNextStep)).toEqual(['alkolinjen:alcohol-line']);
    expect(help.forRelative).toEqual([]);
  });

  it('danger to life: the urgent set goes in the urgent box, no next step, every card listed, 112 first', () => {
    const help = resultHelp(
      input({
        level: 'severe',
        substances: [alcohol('severe')],
        flags: ['urgent'],
        urgentBecause: ['self-harm'],
        selfHarm: true,
      }),
    );
    expect(help.urgentActions.map((a) => a.service)).toEqual(['emergency-112', 'livslinien']);
    expect(help.nextActions).toEqual([]);
    expect(help.toldByNextStep).toEqual([]);
    expect(cards(help.listed)).toEqual([
      'emergency-112:urgent-danger-to-life',
      'livslinien:urgent-self-harm',
      'giftlinjen:urgent-poisoning',
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
      'alkolinjen:alcohol-line',
    ]);
  });

  it('a relative: their own help whole in their section, though Alkolinjen for relatives is the next step', () => {
    const help = resultHelp(
      input({ audience: 'relative', level: 'moderate', substances: [alcohol('moderate')] }),
    );
    expect(help.nextActions.map((a) => [a.service, a.reason])).toEqual([
      ['alkolinjen', 'relative-line'],
    ]);
    expect(cards(help.forRelative)).toEqual([
      'own-gp-relative:relative-own-gp',
      'alkolinjen:relative-alcohol-line',
      'al-anon:relative-al-anon',
    ]);
    expect(cards(help.listed)).toEqual([
      'municipal-alcohol-treatment:alcohol-treatment',
      'own-gp:gp-talk',
    ]);
    expect(help.toldByNextStep).toEqual([]);
  });

  it('with a provider to call, the provider is the next step and every card is listed', () => {
    const help = resultHelp(input({ level: 'risky', substances: [alcohol('risky')] }), {
      phone: '33 12 34 56',
    });
    expect(help.nextActions).toEqual([
      { service: 'provider', reason: 'provider', href: 'tel:+4533123456' },
    ]);
    expect(cards(help.listed)).toEqual(['own-gp:gp-talk', 'alkolinjen:alcohol-line']);
    expect(help.toldByNextStep).toEqual([]);
  });

  it('for any answers: each card chosen is in exactly one place, and the next step is in exactly one box', () => {
    fc.assert(
      fc.property(anyReferralInput, (referralInput) => {
        const help = resultHelp(referralInput);
        const places = [help.listed, help.toldByNextStep, help.forRelative];
        const { chosen } = help;
        expect(chosen).toEqual(chooseHelp(referralInput));
        for (const card of chosen) {
          expect(places.filter((place) => place.includes(card))).toHaveLength(1);
        }
        expect(places.flat()).toHaveLength(chosen.length);
        // A relative's own help is never in the person's list, nor the person's in theirs.
        expect(help.forRelative.every((r) => r.forRelative)).toBe(true);
        expect([...help.listed, ...help.toldByNextStep].some((r) => r.forRelative)).toBe(false);
        // The urgent box and "Your next step" are never both shown, and one of them always is.
        const urgent = isUrgent(referralInput);
        expect(help.urgentActions.length > 0).toBe(urgent);
        expect(help.nextActions.length > 0).toBe(!urgent);
        // A card is told by the next step only when the next step names its service.
        const named = help.nextActions.map((a) => a.service);
        for (const card of help.toldByNextStep) expect(named).toContain(card.service);
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
