/** Collects unsigned numbers as bits, most significant first. */
export class BitWriter {
  readonly bits: number[] = [];

  write(value: number, width: number): void {
    for (let shift = width - 1; shift >= 0; shift--) {
      this.bits.push(Math.floor(value / 2 ** shift) % 2);
    }
  }
}
