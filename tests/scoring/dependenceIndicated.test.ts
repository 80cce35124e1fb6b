import { describe, expect, it } from 'vitest';
import { dependenceIndicated } from '../../src/scoring/dependenceIndicated';

describe('dependenceIndicated', () => {
  it('needs two of the three groups', () => {
    expect(dependenceIndicated([])).toBe(false);
    expect(dependenceIndicated(['impaired-control'])).toBe(false);
    expect(dependenceIndicated(['impaired-control', 'physiological'])).toBe(true);
    expect(dependenceIndicated(['precedence', 'physiological'])).toBe(true);
    expect(dependenceIndicated(['impaired-control', 'precedence', 'physiological'])).toBe(true);
  });

  it('counts a group named twice once', () => {
    expect(dependenceIndicated(['precedence', 'precedence'])).toBe(false);
  });
});
