import { correction, generate, mode } from 'lean-qr';

/** A QR code's modules, row by row: true is dark. No quiet zone; the renderer adds it. */
export interface QrMatrix {
  size: number;
  modules: readonly (readonly boolean[])[];
}

/**
 * The QR code of a hand-over code's text, as shown. Upper-case letters, digits and hyphens fit the
 * QR alphanumeric mode (5.5 bits a character rather than 8), so the symbol stays small; error
 * correction is at least M (15 %), more where the same size has room for it.
 */
export function handoverQrMatrix(code: string): QrMatrix {
  const qr = generate(mode.alphaNumeric(code.toUpperCase()), {
    minCorrectionLevel: correction.M,
  });
  const indices = Array.from({ length: qr.size }, (_, i) => i);
  return { size: qr.size, modules: indices.map((y) => indices.map((x) => qr.get(x, y))) };
}
