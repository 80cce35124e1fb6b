// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { longestFunction } from '../../scripts/bench/longestFunction';

describe('longestFunction', () => {
  it('finds the longest function of any kind, nested ones too', () => {
    const wrapped =
      'var t = (f) => f;\nvar m = t((e) => { function inner() { return 1; } e.a = inner; });';
    const found = longestFunction(wrapped, 'a.js');
    const arrow = wrapped.indexOf('(e) =>');
    expect(found).toEqual({ chars: wrapped.length - 2 - arrow, start: arrow });
  });

  it('counts a function expression and a declaration as well as an arrow', () => {
    const code = 'function a() { return 1; }\nexport const b = function () { return 22222; };';
    expect(longestFunction(code, 'b.js')?.start).toBe(code.indexOf('function ()'));
  });

  it('finds none in a file without functions', () => {
    expect(longestFunction('export const a = 1;', 'c.js')).toBeUndefined();
  });
});
