/** Drinking days a week × drinks on a typical day, to one decimal (the inputs carry float noise). */
export function weeklyDrinks(frequencyPerWeek: number, typicalDayDrinks: number): number {
  return Math.round(frequencyPerWeek * typicalDayDrinks * 10) / 10;
}
