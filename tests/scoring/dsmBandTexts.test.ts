import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import daHandover from '../../src/i18n/locales/da/handover.json';
import enHandover from '../../src/i18n/locales/en/handover.json';
import daUi from '../../src/i18n/locales/da/ui.json';
import enUi from '../../src/i18n/locales/en/ui.json';
import { dsmBands, type DsmBand } from '../../src/scoring/assessment';
import { dsmBand, dsmBandStarts } from '../../src/scoring/dsmBand';

// The DSM-5 band ranges are stated once, in code (dsmBandStarts). Texts and docs that name the
// ranges are held to it here, so changing a band cannot leave a text saying the old numbers.

const root = join(import.meta.dirname, '..', '..');

/** Each band's first and last criteria count (no last for the open top band), from the code. */
const ranges = new Map(
  dsmBandStarts.map(({ band, from }, index) => {
    const next = dsmBandStarts[index + 1];
    return [band, next ? [from, next.from - 1] : [from]] as const;
  }),
);

/** The numbers a band's label may name: its range, or for the lowest band "under" the next start. */
function allowedNumbers(band: DsmBand): number[][] {
  const range = ranges.get(band) ?? [];
  return band === 'none' ? [range, [(range[1] ?? 0) + 1]] : [range];
}

function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+/g)].map(([digits]) => Number(digits));
}

/** "2–3 mild", "6+ severe", "6 or more severe", `0–1 "none"` in a doc: band → its numbers. */
function rangesStatedIn(text: string): Map<string, number[]> {
  const stated = new Map<string, number[]>();
  const pattern =
    /(\d+)(?:–(\d+)|\+| or more)(?: criteria met is)? "?(none|mild|moderate|severe)\b/g;
  for (const [, from, to, band = ''] of text.matchAll(pattern)) {
    stated.set(band, to === undefined ? [Number(from)] : [Number(from), Number(to)]);
  }
  return stated;
}

describe('the DSM-5 band ranges', () => {
  it('start at 0 and follow the bands in order, each where dsmBand puts it', () => {
    expect(dsmBandStarts.map(({ band }) => band)).toEqual(dsmBands);
    expect(dsmBandStarts[0]?.from).toBe(0);
    for (const { band, from } of dsmBandStarts) expect(dsmBand(from)).toBe(band);
    for (const [band, range] of ranges) {
      if (range[1] !== undefined) expect(dsmBand(range[1])).toBe(band);
    }
  });

  it.each([
    ['the summary (da)', daUi.summary.bands],
    ['the summary (en)', enUi.summary.bands],
    ['the FHIR export (da)', daHandover.fhir.export.bands],
    ['the FHIR export (en)', enHandover.fhir.export.bands],
  ])('in %s name the numbers the code uses', (_where, labels: Record<DsmBand, string>) => {
    for (const band of dsmBands) {
      expect(allowedNumbers(band), `${band}: "${labels[band]}"`).toContainEqual(
        numbersIn(labels[band]),
      );
    }
  });

  it.each([
    ['docs/scoring.md', '| DSM-5 band '],
    ['docs/sources.md', '### dsm5-severity'],
  ])('in %s are the ranges the code uses', (doc, heading) => {
    const text = readFileSync(join(root, doc), 'utf8');
    const start = text.indexOf(heading);
    expect(start).toBeGreaterThanOrEqual(0);
    const stated = rangesStatedIn(
      text.slice(start, text.indexOf('\n\n', start + heading.length + 2)),
    );
    expect(Object.fromEntries(stated)).toEqual(Object.fromEntries(ranges));
  });
});
