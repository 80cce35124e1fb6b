/** Reads unsigned numbers from bits, most significant first; never past the end. */
export class BitReader {
  private at = 0;

  constructor(private readonly bits: readonly number[]) {}

  get remaining(): number {
    return this.bits.length - this.at;
  }

  /** The next `width` bits as a number, or undefined when fewer are left. */
  read(width: number): number | undefined {
    if (width > this.remaining) return undefined;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.at++] ?? 0);
    return value;
  }
}
