import { describe, expect, it } from 'vitest';
import {
  genstande,
  genstandeInAll,
  toOneDecimal,
  wholeGenstande,
} from '../../src/scoring/genstande';

describe('genstande', () => {
  // Worked by hand: cl × % × 0.789 / 120.
  it.each([
    ['33 cl of beer at 4.6 % → 0.998, about one', 33, 4.6, 0.998],
    ['75 cl of wine at 12 % → 5.918', 75, 12, 5.918],
    ['4 cl of spirits at 40 % → 1.052', 4, 40, 1.052],
    ['12 cl of wine at 12 % → 0.947', 12, 12, 0.947],
    ['a litre of pure alcohol → 789 g / 12 = 65.75', 100, 100, 65.75],
  ])('%s', (_, volumeCl, strengthPercent, expected) => {
    expect(genstande(volumeCl, strengthPercent)).toBeCloseTo(expected, 3);
  });

  it('shows the hand-worked figures to one decimal', () => {
    expect(toOneDecimal(genstande(33, 4.6))).toBe(1);
    expect(toOneDecimal(genstande(75, 12))).toBe(5.9);
    expect(toOneDecimal(genstande(4, 40))).toBe(1.1);
  });

  it('is 0 for no volume or no alcohol', () => {
    expect(genstande(0, 40)).toBe(0);
    expect(genstande(33, 0)).toBe(0);
  });

  it.each([
    [-1, 4.6],
    [33, -0.1],
    [33, 100.1],
    [Number.NaN, 4.6],
    [33, Number.NaN],
    [Number.POSITIVE_INFINITY, 4.6],
    ['33' as unknown as number, 4.6],
    [33, undefined as unknown as number],
  ])('rejects %s cl at %s per cent', (volumeCl, strengthPercent) => {
    expect(() => genstande(volumeCl, strengthPercent)).toThrow(RangeError);
  });
});

describe('genstandeInAll', () => {
  it('adds each drink times how many', () => {
    const drinks = [
      { count: 3, volumeCl: 33, strengthPercent: 4.6 },
      { count: 2, volumeCl: 4, strengthPercent: 40 },
    ];
    expect(genstandeInAll(drinks)).toBeCloseTo(3 * 0.998 + 2 * 1.052, 3);
  });

  it('is 0 for no drinks', () => {
    expect(genstandeInAll([])).toBe(0);
  });
});

describe('wholeGenstande', () => {
  it.each([
    [0, 0],
    [0.04, 1],
    [0.4, 1],
    [1.449, 1],
    [1.45, 2],
    [2.5, 3],
    [5.918, 6],
    [59.5, 60],
  ])('%f → %i: half up from the one decimal shown, at least 1 for any alcohol', (sum, whole) => {
    expect(wholeGenstande(sum, 60)).toBe(whole);
  });

  it('is at most the question’s maximum', () => {
    expect(wholeGenstande(75.2, 60)).toBe(60);
    expect(wholeGenstande(75.2)).toBe(75);
  });

  it('is 0 for no alcohol or no number', () => {
    expect(wholeGenstande(-1, 60)).toBe(0);
    expect(wholeGenstande(Number.NaN, 60)).toBe(0);
  });
});
