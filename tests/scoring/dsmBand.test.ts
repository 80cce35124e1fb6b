import { describe, expect, it } from 'vitest';
import { dsmBand } from '../../src/scoring/dsmBand';

describe('dsmBand', () => {
  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'severe'],
    [11, 'severe'],
  ] as const)('%i criteria → %s', (count, band) => {
    expect(dsmBand(count)).toBe(band);
  });
});
