import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import daHelp from '../../src/i18n/locales/da/help.json';
import enHelp from '../../src/i18n/locales/en/help.json';
import { flagIds } from '../../src/questionnaire/vocabulary';
import { chooseHelp } from '../../src/referral/chooseHelp';
import type { ReferralInput } from '../../src/referral/referral';
import { resultLevels } from '../../src/scoring/assessment';

// A help card shows a reason (why this person sees it) above a description (what the service is):
// saying a sentence or a run of words twice on one card is reading for nothing.

const levels = resultLevels;
const substances = [
  { code: 'alcohol', kind: 'alcohol' },
  { code: 'nicotine', kind: 'nicotine' },
  { code: 'cannabis', kind: 'other' },
  { code: 'sedatives', kind: 'medicine' },
] as const;

/** Any answers the rules can meet, as in chooseHelp.test.ts, with the real age bands. */
const anyInput: fc.Arbitrary<ReferralInput> = fc.record({
  level: fc.constantFrom(...levels),
  substances: fc.uniqueArray(
    fc
      .tuple(fc.constantFrom(...substances), fc.constantFrom(...levels))
      .map(([substance, level]) => ({ ...substance, level })),
    { selector: (s) => s.code },
  ),
  audience: fc.constantFrom('self' as const, 'relative' as const, 'clinician' as const),
  age: fc.option(
    fc.constantFrom(
      { from: 0, to: 14 },
      { from: 15, to: 17 },
      { from: 18, to: 24 },
      { from: 36, to: 64 },
    ),
    { nil: undefined },
  ),
  flags: fc.subarray([...flagIds]),
  selfHarm: fc.boolean(),
  relationship: fc.option(fc.constantFrom('child', 'parent', 'partner'), { nil: undefined }),
  relativeConcerns: fc.subarray(['worry', 'children', 'unsafe'] as const),
  pregnant: fc.option(fc.boolean(), { nil: undefined }),
});

/** Every service with every reason the rules give it, over many sampled answers. */
function cardsTheRulesGive(): string[] {
  const cards = new Set<string>();
  for (const input of fc.sample(anyInput, { numRuns: 4000, seed: 12 })) {
    for (const { service, reason } of chooseHelp(input)) cards.add(`${service} ${reason}`);
  }
  return [...cards].sort();
}

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'da',
  fallbackLng: false,
  resources: { da: { help: daHelp }, en: { help: enHelp } },
  ns: ['help'],
  defaultNS: 'help',
  interpolation: { escapeValue: false },
});

const words = (text: string) =>
  text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu) ?? [];
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** The longest run of words, in order, that both texts contain. */
export function longestSharedRun(a: string, b: string): string {
  const x = words(a);
  const y = words(b);
  let best: string[] = [];
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let n = 0;
      while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
      if (n > best.length) best = x.slice(i, i + n);
    }
  }
  return best.join(' ');
}

const cards = cardsTheRulesGive();
const voices = [undefined, 'relative', 'clinician'] as const;

describe('help cards', () => {
  it('are found for every kind of help, urgent to a relative’s own', () => {
    expect(cards).toEqual(
      expect.arrayContaining([
        'livslinien urgent-self-harm',
        'giftlinjen urgent-poisoning',
        'own-gp gp-withdrawal',
        'alkolinjen relative-alcohol-line',
        'netstof young-online',
        'tuba children-at-home',
      ]),
    );
  });

  it('measures a shared run of words', () => {
    expect(longestSharedRun('Ring 112 ved fare for liv.', 'Ved fare for liv: ring.')).toBe(
      'ved fare for liv',
    );
  });

  describe.each(['da', 'en'])('in %s', (lng) => {
    it.each(cards)('%s: the reason and the description say nothing twice', (card) => {
      const [service, reason] = card.split(' ');
      for (const context of voices) {
        const options = { lng, context, name: 'Kim' };
        const why = i18n.t(`reasons.${reason}`, options);
        const what = i18n.t(`services.${service}.description`, options);
        const shared = sentences(why).filter((s) => sentences(what).includes(s));
        expect(shared, `${card} ${context ?? 'self'}`).toEqual([]);
        const run = longestSharedRun(why, what);
        expect(run.split(' ').length, `${card} ${context ?? 'self'}: "${run}"`).toBeLessThan(6);
      }
    });
  });
});
