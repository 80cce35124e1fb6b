import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import enUi from '../../src/i18n/locales/en/ui.json';
import {
  isPseudoSource,
  pseudoLocalePlugin,
  pseudoText,
  pseudoTexts,
  pseudoTextsOf,
} from '../../scripts/pseudoLocale';

/** The letters of a text that are plain a–z / A–Z, which the pseudo-locale must leave none of. */
const plainLetters = (text: string) => text.match(/[A-Za-z]/g) ?? [];

function stringsIn(texts: unknown): string[] {
  if (typeof texts === 'string') return [texts];
  if (typeof texts === 'object' && texts !== null) return Object.values(texts).flatMap(stringsIn);
  return [];
}

describe('pseudoText', () => {
  it('accents every letter, brackets the text and keeps its words apart', () => {
    expect(pseudoText('Continue')).toBe('[Çööñţîîñûûéé]');
    expect(pseudoText('The quick brown fox jumps over the lazy dog')).toMatch(/^\[\S+( \S+){8}\]$/);
    const everyLetter = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(plainLetters(pseudoText(everyLetter))).toEqual([]);
  });

  it('makes the English texts about 35 % longer, as Danish and German often are', () => {
    const english = stringsIn(enUi).filter((text) => text.length >= 20);
    const ratio =
      english.map((text) => pseudoText(text).length).reduce((a, b) => a + b, 0) /
      english.map((text) => text.length).reduce((a, b) => a + b, 0);
    expect(ratio).toBeGreaterThan(1.25);
    expect(ratio).toBeLessThan(1.5);
  });

  it('keeps i18next placeholders and nested texts as they are', () => {
    expect(pseudoText('How old is {{name}}?')).toBe('[Ĥööŵ ööļð îîš {{name}}?]');
    expect(pseudoText('{{ count }} days')).toBe('[{{ count }} ðååýš]');
    expect(pseudoText('See $t(ui:start.title) first')).toBe('[Šéééé $t(ui:start.title) ƒîîŕšţ]');
  });

  it('keeps tags but changes what is inside them', () => {
    expect(pseudoText('Read <0>this</0> and <strong>that</strong><br/>')).toBe(
      '[Ŕééååð <0>ţĥîîš</0> ååñð <strong>ţĥååţ</strong><br/>]',
    );
  });

  it('keeps web addresses, e-mail addresses and phone numbers working', () => {
    expect(pseudoText('Go to https://www.sundhed.dk/borger/ now.')).toBe(
      '[Ĝöö ţöö https://www.sundhed.dk/borger/ ñööŵ.]',
    );
    expect(pseudoText('At netstof.dk, ask.')).toBe('[Ååţ netstof.dk, ååšķ.]');
    expect(pseudoText('Write to name@example.com.')).toBe('[Ŵŕîîţéé ţöö name@example.com.]');
    expect(pseudoText('Call 70 11 22 33 or +45 112')).toBe('[Çååļļ 70 11 22 33 ööŕ +45 112]');
  });

  it('leaves an empty or blank text as it is', () => {
    expect(pseudoText('')).toBe('');
    expect(pseudoText(' ')).toBe(' ');
  });
});

describe('pseudoTexts', () => {
  it('changes every text at any depth, but no key: plural and context suffixes stay', () => {
    const texts = {
      unit_one: 'day',
      unit_other: 'days',
      title_relative: 'Does {{name}} drink?',
      nested: { deeper: ['one', 'two'] },
      count: 3,
    };
    expect(pseudoTexts(texts)).toEqual({
      unit_one: '[ðååý]',
      unit_other: '[ðååýš]',
      title_relative: '[Ðööééš {{name}} ðŕîîñķ?]',
      nested: { deeper: ['[ööñéé]', '[ţŵöö]'] },
      count: 3,
    });
  });
});

describe('which files are made from English', () => {
  it('every English texts file and questionnaire texts, nothing else', () => {
    expect(isPseudoSource('/app/src/i18n/locales/en/ui.json')).toBe(true);
    expect(isPseudoSource('/app/src/i18n/locales/en/help.json')).toBe(true);
    expect(isPseudoSource('/app/questionnaires/rusmiddeltjek/en.json')).toBe(true);
    expect(isPseudoSource('/app/src/i18n/locales/da/ui.json')).toBe(false);
    expect(isPseudoSource('/app/questionnaires/rusmiddeltjek/da.json')).toBe(false);
    expect(isPseudoSource('/app/questionnaires/rusmiddeltjek/definition.json')).toBe(false);
    expect(pseudoTextsOf('/app/src/i18n/locales/da/ui.json', { a: 'Hej' })).toEqual({ a: 'Hej' });
    expect(pseudoTextsOf('/app/src/i18n/locales/en/ui.json', { a: 'Hi' })).toEqual({ a: '[Ĥîî]' });
  });
});

describe('the build plugin', () => {
  function transformIn(mode: string, id: string): unknown {
    const plugin = pseudoLocalePlugin();
    const configResolved = plugin.configResolved as (config: ResolvedConfig) => void;
    configResolved({ mode } as ResolvedConfig);
    const transform = plugin.transform as (code: string, id: string) => unknown;
    return transform('{"go":"Go"}', id);
  }

  it('changes English texts files in the pseudo mode only', () => {
    const file = '/app/src/i18n/locales/en/ui.json';
    expect(transformIn('pseudo', file)).toEqual({ code: '{"go":"[Ĝöö]"}', map: null });
    expect(transformIn('production', file)).toBeNull();
    expect(transformIn('development', file)).toBeNull();
    expect(transformIn('demo', file)).toBeNull();
    expect(transformIn('pseudo', '/app/src/i18n/locales/da/ui.json')).toBeNull();
    // The parts (`?start-page`) are made by the text-parts plugin, given pseudoTextsOf.
    expect(transformIn('pseudo', `${file}?start-page`)).toBeNull();
  });
});
