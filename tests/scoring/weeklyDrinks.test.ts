import { describe, expect, it } from 'vitest';
import { weeklyDrinks } from '../../src/scoring/weeklyDrinks';

describe('weeklyDrinks', () => {
  it.each([
    [0.1, 3, 0.3],
    [0.1, 7, 0.7],
    [0.5, 20, 10],
    [0.5, 22, 11],
    [1.5, 7, 10.5],
    [6.5, 60, 390],
  ])('%f days × %i drinks → %f', (perWeek, typicalDay, expected) => {
    expect(weeklyDrinks(perWeek, typicalDay)).toBe(expected);
  });

  it('rounds to one decimal', () => {
    expect(weeklyDrinks(0.33, 1)).toBe(0.3);
    expect(weeklyDrinks(0.36, 1)).toBe(0.4);
  });
});
