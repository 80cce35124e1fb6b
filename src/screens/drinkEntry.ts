import type { Drink } from '../scoring/genstande';
import type { Step } from '../questionnaire/steps';

/**
 * Everyday drinks to start from. Typical sizes and strengths, not facts: no Danish authority
 * lists them (docs/sources.md#genstand-formula), so the person can change both to what the label says.
 */
export const typicalDrinks = {
  beer: { volumeCl: 33, strengthPercent: 4.6 },
  'strong-beer': { volumeCl: 33, strengthPercent: 7 },
  'wine-glass': { volumeCl: 12, strengthPercent: 12 },
  'wine-bottle': { volumeCl: 75, strengthPercent: 12 },
  spirits: { volumeCl: 4, strengthPercent: 40 },
  cider: { volumeCl: 33, strengthPercent: 4.5 },
} as const satisfies Record<string, Omit<Drink, 'count'>>;

export type DrinkKind = keyof typeof typicalDrinks | 'other';

export const drinkKinds = [...Object.keys(typicalDrinks), 'other'] as DrinkKind[];

export const MAX_COUNT = 99;
export const MAX_VOLUME_CL = 500;

/** The calculator's fields as typed: text, so that "4,6" and "4.6" both work. */
export interface DrinkEntry {
  kind: DrinkKind;
  count: string;
  volumeCl: string;
  strengthPercent: string;
}

export type DrinkField = 'count' | 'volumeCl' | 'strengthPercent';

export type EntryResult =
  { ok: true; drink: Drink & { kind: DrinkKind } } | { ok: false; invalid: DrinkField[] };

/** A number typed with a decimal comma or point ("4,6", "4.6", "33"), or undefined. */
export function readDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

function within(value: number | undefined, max: number): value is number {
  return value !== undefined && value > 0 && value <= max;
}

/** The drink the fields describe, or which fields do not hold a usable number. */
export function drinkFromEntry(entry: DrinkEntry): EntryResult {
  const count = readDecimal(entry.count);
  const volumeCl = readDecimal(entry.volumeCl);
  const strengthPercent = readDecimal(entry.strengthPercent);
  if (
    within(count, MAX_COUNT) &&
    Number.isInteger(count) &&
    within(volumeCl, MAX_VOLUME_CL) &&
    within(strengthPercent, 100)
  ) {
    return { ok: true, drink: { kind: entry.kind, count, volumeCl, strengthPercent } };
  }
  const invalid: DrinkField[] = [];
  if (!within(count, MAX_COUNT) || !Number.isInteger(count)) invalid.push('count');
  if (!within(volumeCl, MAX_VOLUME_CL)) invalid.push('volumeCl');
  if (!within(strengthPercent, 100)) invalid.push('strengthPercent');
  return { ok: false, invalid };
}

/** Whether the page asks for genstande on a typical drinking day: the page the calculator helps. */
export function asksTypicalDayDrinks(step: Step): boolean {
  return step.measures.some((m) => m.type === 'consumption' && m.figure === 'typical-day-drinks');
}
