// CRC-24 as OpenPGP uses it (RFC 4880, 6.1): not reflected, no final XOR; "123456789" gives 21CF02.
const polynomial = 0x864cfb;
const initial = 0xb704ce;
const topBit = 0x800000;
const mask = 0xffffff;

/** CRC-24 of a stream of bits, most significant first; `crc` continues an earlier stream. */
export function crc24(bits: Iterable<number>, crc = initial): number {
  let value = crc;
  for (const bit of bits) {
    const carry = (value & topBit ? 1 : 0) ^ bit;
    value = (value << 1) & mask;
    if (carry) value ^= polynomial;
  }
  return value;
}

// The register after one byte from a register holding only that byte in its top eight bits.
const byteTable = Array.from({ length: 256 }, (_, byte) =>
  crc24(Array<number>(8).fill(0), byte << 16),
);

/** CRC-24 of a text's UTF-8 bytes: the same as `crc24(textBits(text))`, a byte at a time. */
export function crc24Text(text: string, crc = initial): number {
  let value = crc;
  for (const byte of new TextEncoder().encode(text)) {
    value = ((value << 8) & mask) ^ (byteTable[((value >> 16) ^ byte) & 0xff] ?? 0);
  }
  return value;
}

/** The bits of a text's UTF-8 bytes, each byte most significant bit first. */
export function textBits(text: string): number[] {
  return [...new TextEncoder().encode(text)].flatMap((byte) =>
    [7, 6, 5, 4, 3, 2, 1, 0].map((shift) => (byte >> shift) & 1),
  );
}
