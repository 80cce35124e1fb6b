import type { ReferralInput } from './referral';

type Substances = ReferralInput['substances'];

// The definition files nicotine as kind 'other'; FACTS.md names no Danish treatment right for it.
const nicotine = 'nicotine';

export function hasAlcohol(substances: Substances): boolean {
  return substances.some((s) => s.kind === 'alcohol');
}

export function hasMedicine(substances: Substances): boolean {
  return substances.some((s) => s.kind === 'medicine');
}

/** Drugs or medicine: what municipal drug treatment (Serviceloven § 101) is for. */
export function hasDrugsOrMedicine(substances: Substances): boolean {
  return substances.some((s) => s.kind !== 'alcohol' && s.code !== nicotine);
}

/** Alcohol, drugs or medicine: anything but nicotine. */
export function hasAlcoholOrDrugs(substances: Substances): boolean {
  return substances.some((s) => s.code !== nicotine);
}
