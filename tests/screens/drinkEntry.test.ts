import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../support/realQuestionnaire';
import {
  asksTypicalDayDrinks,
  drinkFromEntry,
  drinkKinds,
  readDecimal,
  typicalDrinks,
} from '../../src/screens/drinkEntry';
import { genstande, toOneDecimal } from '../../src/scoring/genstande';

describe('readDecimal', () => {
  it.each([
    ['33', 33],
    [' 4,6 ', 4.6],
    ['4.6', 4.6],
    ['0', 0],
    ['12,25', 12.25],
  ])('reads "%s" as %f', (text, value) => {
    expect(readDecimal(text)).toBe(value);
  });

  it.each(['', 'fire', '-1', '4,6,1', '1e3', ',5', '4 6', 'Infinity'])('rejects "%s"', (text) => {
    expect(readDecimal(text)).toBeUndefined();
  });
});

describe('drinkFromEntry', () => {
  it('gives the drink the fields describe', () => {
    expect(
      drinkFromEntry({ kind: 'wine-glass', count: '2', volumeCl: '15', strengthPercent: '13,5' }),
    ).toEqual({
      ok: true,
      drink: { kind: 'wine-glass', count: 2, volumeCl: 15, strengthPercent: 13.5 },
    });
  });

  it('names every field that holds no usable number', () => {
    expect(
      drinkFromEntry({ kind: 'other', count: '1,5', volumeCl: '0', strengthPercent: '101' }),
    ).toEqual({ ok: false, invalid: ['count', 'volumeCl', 'strengthPercent'] });
    expect(
      drinkFromEntry({ kind: 'beer', count: '100', volumeCl: '501', strengthPercent: '' }),
    ).toEqual({ ok: false, invalid: ['count', 'volumeCl', 'strengthPercent'] });
    expect(
      drinkFromEntry({ kind: 'beer', count: '99', volumeCl: '500', strengthPercent: '0,1' }).ok,
    ).toBe(true);
  });
});

describe('the typical drinks', () => {
  it('offer each kind, and "other" last', () => {
    expect(drinkKinds).toEqual([...Object.keys(typicalDrinks), 'other']);
  });

  it('start an ordinary beer at about one genstand', () => {
    const { volumeCl, strengthPercent } = typicalDrinks.beer;
    expect(toOneDecimal(genstande(volumeCl, strengthPercent))).toBe(1);
  });
});

describe('asksTypicalDayDrinks', () => {
  it('finds the typical-day page by what it measures, and no other page', () => {
    const pages = realQuestionnaire.steps.filter(asksTypicalDayDrinks).map((s) => s.id);
    expect(pages).toEqual(['alcohol-typical-day']);
  });
});
