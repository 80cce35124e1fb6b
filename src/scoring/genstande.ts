/** One genstand is 12 g of pure alcohol; ethanol weighs 0.789 g per ml (docs/sources.md#genstand-formula). */
export const GRAMS_PER_GENSTAND = 12;
export const ETHANOL_GRAMS_PER_ML = 0.789;

/** A drink as the person gives it: how many, of what size and strength. */
export interface Drink {
  count: number;
  volumeCl: number;
  strengthPercent: number;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Genstande in one drink of `volumeCl` centilitres at `strengthPercent` % alcohol by volume:
 * cl × % × 0.789 / 120. A negative, infinite or non-number amount, or more than 100 %, is rejected.
 */
export function genstande(volumeCl: number, strengthPercent: number): number {
  if (!isAmount(volumeCl)) throw new RangeError(`Not a volume in cl: ${String(volumeCl)}`);
  if (!isAmount(strengthPercent) || strengthPercent > 100) {
    throw new RangeError(`Not a strength in %: ${String(strengthPercent)}`);
  }
  // Formula and its source: docs/sources.md#genstand-formula
  const millilitresOfAlcohol = volumeCl * 10 * (strengthPercent / 100);
  return (millilitresOfAlcohol * ETHANOL_GRAMS_PER_ML) / GRAMS_PER_GENSTAND;
}

/** Genstande in all the drinks together. */
export function genstandeInAll(drinks: readonly Drink[]): number {
  return drinks.reduce(
    (sum, drink) => sum + drink.count * genstande(drink.volumeCl, drink.strengthPercent),
    0,
  );
}

/** A number of genstande to one decimal, as the person is shown it. */
export function toOneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The whole number to put in the answer for a sum of genstande: the one decimal shown, rounded
 * half up; at least 1 when there is any alcohol (the question starts at 1), at most `max`.
 */
export function wholeGenstande(sum: number, max = Infinity): number {
  if (!(sum > 0)) return 0;
  return Math.min(Math.max(Math.round(toOneDecimal(sum)), 1), max);
}
