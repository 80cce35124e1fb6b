import { describe, expect, it } from 'vitest';
import {
  bitsToCrockford,
  crockfordAlphabet,
  crockfordToBits,
  isCrockfordText,
  normaliseCodeText,
} from '../../src/handover/crockfordBase32';

describe('Crockford base 32', () => {
  it('has 32 characters, none of them I, L, O or U', () => {
    expect(new Set(crockfordAlphabet).size).toBe(32);
    expect(crockfordAlphabet).not.toMatch(/[ILOU]/);
  });

  it('turns bits into characters and back', () => {
    const bits = Array.from({ length: 160 }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0));
    const text = bitsToCrockford(bits);
    expect(text).toHaveLength(32);
    expect(crockfordToBits(text)).toEqual(bits);
    expect(bitsToCrockford(crockfordToBits(crockfordAlphabet))).toBe(crockfordAlphabet);
  });

  it('reads text as typed: any case, spaces and dashes anywhere, look-alikes as digits', () => {
    expect(normaliseCodeText(' rt1-ab cd\t–ef—gh\u00a0')).toBe('RT1ABCDEFGH');
    expect(normaliseCodeText('oOiIlL')).toBe('001111');
  });

  it('leaves characters outside the alphabet for the reader to refuse', () => {
    expect(normaliseCodeText('RT1-ÆØÅ-u!')).toBe('RT1ÆØÅU!');
    expect(isCrockfordText('ABC')).toBe(true);
    expect(isCrockfordText('ABU')).toBe(false);
    expect(isCrockfordText('ıſ')).toBe(false);
  });
});
