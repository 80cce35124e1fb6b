import fc from 'fast-check';
import type { ReasonId } from '../../src/referral/reasons';
import type { ServiceId } from '../../src/referral/services';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import daHelp from '../../src/i18n/locales/da/help.json';
import enHelp from '../../src/i18n/locales/en/help.json';
import { chooseHelp } from '../../src/referral/chooseHelp';
import { anyReferralInput } from '../support/anyReferralInput';

// A help card shows a reason (why this person sees it) above a description (what the service is):
// saying a sentence or a run of words twice on one card is reading for nothing.

/** Every service with every reason the rules give it, over many sampled answers. */
function cardsTheRulesGive(): string[] {
  const cards = new Set<string>();
  for (const input of fc.sample(anyReferralInput, { numRuns: 4000, seed: 12 })) {
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
      const [service, reason] = card.split(' ') as [ServiceId, ReasonId];
      for (const context of voices) {
        const options = { lng, context, name: 'Kim' };
        const why = i18n.t(`help:reasons.${reason}`, options);
        const what = i18n.t(`help:services.${service}.description`, options);
        const shared = sentences(why).filter((s) => sentences(what).includes(s));
        expect(shared, `${card} ${context ?? 'self'}`).toEqual([]);
        const run = longestSharedRun(why, what);
        expect(run.split(' ').length, `${card} ${context ?? 'self'}: "${run}"`).toBeLessThan(6);
      }
    });
  });
});
