import { handoverQrMatrix, type QrMatrix } from './handoverQrMatrix';

/** The light margin a reader needs around the symbol, in modules (ISO/IEC 18004). */
export const qrQuietZone = 4;

/**
 * SVG path data for the dark modules, one unit a module, offset by the quiet zone: a run of dark
 * modules in a row is one rectangle, so the path stays short.
 */
export function qrPathData(matrix: QrMatrix): string {
  const parts: string[] = [];
  matrix.modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      parts.push(`M${start + qrQuietZone} ${y + qrQuietZone}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/**
 * A standalone SVG of the hand-over code's QR code, quiet zone included, scaling to its container.
 * It carries no text of its own: the page shows the code beside it and labels the image.
 */
export function handoverQrSvg(code: string): string {
  const matrix = handoverQrMatrix(code);
  const extent = matrix.size + 2 * qrQuietZone;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}" ` +
    `shape-rendering="crispEdges"><rect width="${extent}" height="${extent}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPathData(matrix)}"/></svg>`
  );
}
