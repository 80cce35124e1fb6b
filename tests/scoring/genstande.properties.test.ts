import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genstande, wholeGenstande } from '../../src/scoring/genstande';

const volume = fc.double({ min: 0, max: 500, noNaN: true });
const strength = fc.double({ min: 0, max: 100, noNaN: true });
const runs = { numRuns: 500 };

describe('genstande, for any drink', () => {
  it('never falls when the volume grows', () => {
    fc.assert(
      fc.property(volume, volume, strength, (a, b, s) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(genstande(less, s)).toBeLessThanOrEqual(genstande(more, s));
      }),
      runs,
    );
  });

  it('never falls when the strength grows', () => {
    fc.assert(
      fc.property(volume, strength, strength, (v, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        expect(genstande(v, less)).toBeLessThanOrEqual(genstande(v, more));
      }),
      runs,
    );
  });

  it('is linear: k times the volume, or k times the strength, is k times the genstande', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (v, s, k) => {
          const once = genstande(v, s);
          expect(genstande(v * k, s)).toBeCloseTo(k * once, 9);
          expect(genstande(v, s * k)).toBeCloseTo(k * once, 9);
        },
      ),
      runs,
    );
  });

  it('adds up: two drinks together are the sum of each', () => {
    fc.assert(
      fc.property(volume, volume, strength, (a, b, s) => {
        expect(genstande(a + b, s)).toBeCloseTo(genstande(a, s) + genstande(b, s), 9);
      }),
      runs,
    );
  });
});

describe('wholeGenstande, for any sum', () => {
  it('is a whole number from 1 to the maximum, within half a genstand of the one decimal shown', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 100, noNaN: true }), (sum) => {
        const whole = wholeGenstande(sum, 60);
        expect(Number.isInteger(whole)).toBe(true);
        expect(whole).toBeGreaterThanOrEqual(1);
        expect(whole).toBeLessThanOrEqual(60);
        if (sum >= 1 && sum < 59.5) expect(Math.abs(whole - sum)).toBeLessThanOrEqual(0.55);
      }),
      runs,
    );
  });
});
