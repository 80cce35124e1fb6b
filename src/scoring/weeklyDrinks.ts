/** Drinking days in a typical week × genstande on a typical drinking day, to one decimal. */
export function weeklyDrinks(drinkingDays: number, typicalDayDrinks: number): number {
  return Math.round(drinkingDays * typicalDayDrinks * 10) / 10;
}
