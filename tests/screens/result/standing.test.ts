import { describe, expect, it } from 'vitest';
import { dsmBand } from '../../../src/scoring/dsmBand';
import {
  shareOf,
  showsOlderFigures,
  signBands,
  weekScale,
} from '../../../src/screens/result/standing';

describe('weekScale', () => {
  it('draws twice the recommendation when the week is within it', () => {
    expect(weekScale(4)).toEqual({ max: 20, weekAt: 20, limitAt: 50 });
  });

  it('draws twice the recommendation up to 20', () => {
    expect(weekScale(16)).toEqual({ max: 20, weekAt: 80, limitAt: 50 });
    expect(weekScale(20)).toEqual({ max: 20, weekAt: 100, limitAt: 50 });
  });

  it('grows in steps of 5 past 20, so the week still fits', () => {
    // 3 days × 7 = 21 → 25: the week at 84 %, the 10 at 40 %.
    expect(weekScale(21)).toEqual({ max: 25, weekAt: 84, limitAt: 40 });
    // 7 days × 10 = 70: the week fills the track, the 10 at 1/7.
    const wide = weekScale(70);
    expect(wide.max).toBe(70);
    expect(wide.weekAt).toBe(100);
    expect(wide.limitAt).toBeCloseTo(14.29, 2);
  });
});

describe('shareOf', () => {
  it('keeps a bar inside its track', () => {
    expect(shareOf(5, 10)).toBe(50);
    expect(shareOf(-1, 10)).toBe(0);
    expect(shareOf(30, 10)).toBe(100);
    expect(shareOf(3, 0)).toBe(0);
  });
});

describe('showsOlderFigures', () => {
  it('only for an age group from 65', () => {
    expect(showsOlderFigures({ from: 65 })).toBe(true);
    expect(showsOlderFigures({ from: 70, to: 79 })).toBe(true);
    expect(showsOlderFigures({ from: 36, to: 64 })).toBe(false);
    expect(showsOlderFigures(undefined)).toBe(false);
  });
});

describe('signBands', () => {
  const bands = signBands();

  it('splits the 11 signs at 2, 4 and 6', () => {
    expect(bands.map(({ band, from, to }) => [band, from, to])).toEqual([
      ['none', 0, 1],
      ['mild', 2, 3],
      ['moderate', 4, 5],
      ['severe', 6, 11],
    ]);
    expect(bands.map((span) => span.cells)).toEqual([[1], [2, 3], [4, 5], [6, 7, 8, 9, 10, 11]]);
  });

  it('puts every count in the band dsmBand gives it', () => {
    for (let met = 0; met <= 11; met++) {
      const span = bands.find((s) => met >= s.from && met <= s.to);
      expect(span?.band, `${met} signs`).toBe(dsmBand(met));
    }
  });

  it('ends the last band at the total given', () => {
    expect(signBands(8).at(-1)).toMatchObject({ band: 'severe', from: 6, to: 8, cells: [6, 7, 8] });
  });
});
