import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { handoverQrMatrix, type QrMatrix } from '../../src/handover/handoverQrMatrix';
import { handoverQrSvg, qrPathData, qrQuietZone } from '../../src/handover/handoverQrSvg';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { signIds } from '../support/signIds';

const { substancesId } = realQuestionnaire;
const allSubstances = realQuestionnaire.definition.substances.map((s) => s.code);
const codes = [
  encodeHandover(realQuestionnaire, completeAnswers({ [substancesId]: ['none'] })),
  encodeHandover(realQuestionnaire, completeAnswers({ [substancesId]: allSubstances.slice(0, 3) })),
  encodeHandover(
    realQuestionnaire,
    completeAnswers({
      [substancesId]: allSubstances,
      ...Object.fromEntries(signIds.map((id) => [id, 'yes'])),
    }),
  ),
];

/** The matrix as a camera would see it: light quiet zone, four pixels a module, RGBA. */
function pixels(matrix: QrMatrix, scale = 4) {
  const width = (matrix.size + 2 * qrQuietZone) * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  matrix.modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at =
            (((y + qrQuietZone) * scale + dy) * width + (x + qrQuietZone) * scale + dx) * 4;
          data.fill(0, at, at + 3);
        }
      }
    }),
  );
  return { data, width };
}

describe('handoverQrMatrix', () => {
  it('reads back as the code, in alphanumeric mode, by an independent decoder', () => {
    for (const code of codes) {
      const { data, width } = pixels(handoverQrMatrix(code));
      const read = jsQR(data, width, width);
      expect(read?.data).toBe(code);
      expect(read?.chunks.map((c) => c.type)).toEqual(['alphanumeric']);
    }
  });

  it('is small: version 1 to 4 (21 to 33 modules) for the codes of this questionnaire', () => {
    const sizes = codes.map((code) => handoverQrMatrix(code).size);
    expect(sizes[0]).toBe(21);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(33);
  });

  it('is square, and the same every time', () => {
    for (const code of codes) {
      const matrix = handoverQrMatrix(code);
      expect(matrix.modules).toHaveLength(matrix.size);
      for (const row of matrix.modules) expect(row).toHaveLength(matrix.size);
      expect(handoverQrMatrix(code)).toEqual(matrix);
    }
  });

  it('encodes lower-case input as the upper-case code, so it stays alphanumeric', () => {
    const [code = ''] = codes;
    expect(handoverQrMatrix(code.toLowerCase())).toEqual(handoverQrMatrix(code));
  });
});

describe('handoverQrSvg', () => {
  it('draws every dark module once, inside a quiet zone', () => {
    const [code = ''] = codes;
    const matrix = handoverQrMatrix(code);
    const extent = matrix.size + 2 * qrQuietZone;
    const svg = handoverQrSvg(code);
    expect(svg).toContain(`viewBox="0 0 ${extent} ${extent}"`);
    expect(svg).toContain(qrPathData(matrix));
    const runs = [...qrPathData(matrix).matchAll(/M(\d+) (\d+)h(\d+)/g)];
    const drawn = runs.reduce((sum, run) => sum + Number(run[3]), 0);
    const dark = matrix.modules.flat().filter(Boolean).length;
    expect(drawn).toBe(dark);
    for (const [, x, y] of runs) {
      expect(Number(x)).toBeGreaterThanOrEqual(qrQuietZone);
      expect(Number(y)).toBeGreaterThanOrEqual(qrQuietZone);
    }
  });
});
