import { crc24 } from './crc24';
import { bitsPerCharacter } from './crockfordBase32';

/** The longest code, in characters, for which every one-character error is known apart. */
export const oneCharacterReach = 200;

const zeros = [0, 0, 0, 0, 0];
let known: ReadonlyMap<number, number> | undefined;

/**
 * What the CRC-24 leaves over a code when exactly one character is wrong — the error e at the k-th
 * character from the end leaves e(x)·x^(5k+24) mod the polynomial — mapped to that k. The 31 × 200
 * residues are all distinct and none is zero (tests/handover/crc24.test.ts): any error in one or
 * two characters of a code up to 200 characters long is caught, and a residue found here is a typo.
 */
export function oneCharacterErrors(): ReadonlyMap<number, number> {
  if (known) return known;
  const residues = new Map<number, number>();
  for (let error = 1; error < 2 ** bitsPerCharacter; error++) {
    let residue = crc24(
      [4, 3, 2, 1, 0].map((shift) => (error >> shift) & 1),
      0,
    );
    for (let fromEnd = 0; fromEnd < oneCharacterReach; fromEnd++) {
      residues.set(residue, fromEnd);
      residue = crc24(zeros, residue);
    }
  }
  known = residues;
  return residues;
}
