import { describe, expect, it } from 'vitest';
import { crc24, crc24Text, textBits } from '../../src/handover/crc24';
import { oneCharacterErrors, oneCharacterReach } from '../../src/handover/oneCharacterErrors';

describe('crc24', () => {
  it('is the OpenPGP CRC-24 (RFC 4880): its check value for "123456789"', () => {
    expect(crc24(textBits('123456789')).toString(16)).toBe('21cf02');
  });

  it('is the same a byte at a time over text, whatever the text', () => {
    for (const text of ['', '123456789', 'rusmiddeltjek@1.2.0', 'æøå – 😀', 'x'.repeat(300)]) {
      expect(crc24Text(text)).toBe(crc24(textBits(text)));
      expect(crc24Text(text, 0x123456)).toBe(crc24(textBits(text), 0x123456));
    }
  });

  it('goes on from where an earlier stream left it', () => {
    const whole = textBits('rusmiddeltjek@1.0.0');
    expect(crc24(whole.slice(40), crc24(whole.slice(0, 40)))).toBe(crc24(whole));
  });

  it('leaves nothing over a stream followed by its own CRC', () => {
    const bits = textBits('hand-over');
    const crc = crc24(bits);
    const crcBits = Array.from({ length: 24 }, (_, i) => (crc >> (23 - i)) & 1);
    expect(crc24([...bits, ...crcBits])).toBe(0);
  });
});

describe('oneCharacterErrors', () => {
  it('tells every error in one or two characters of a code of up to 200 characters', () => {
    // 31 errors × 200 places, all distinct and none zero: one wrong character always leaves
    // something, and two wrong characters can never cancel out.
    expect(oneCharacterReach).toBe(200);
    const residues = oneCharacterErrors();
    expect(residues.size).toBe(31 * 200);
    expect(residues.has(0)).toBe(false);
  });

  it('holds what a real one-character error leaves', () => {
    const bits = textBits('any message at all');
    const crc = crc24(bits);
    const word = [...bits, ...Array.from({ length: 24 }, (_, i) => (crc >> (23 - i)) & 1)];
    // The eighth five-bit character from the end, changed by 10110.
    const damaged = [...word];
    const end = word.length - 5 * 7;
    [1, 0, 1, 1, 0].forEach((flip, i) => {
      damaged[end - 5 + i] = (damaged[end - 5 + i] ?? 0) ^ flip;
    });
    expect(crc24(damaged)).not.toBe(0);
    expect(oneCharacterErrors().get(crc24(damaged))).toBe(7);
  });
});
