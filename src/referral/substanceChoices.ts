import type { ResultLevel } from '../scoring/assessment';
import { levelAtLeast } from '../scoring/resultLevel';
import type { ReferralInput } from './referral';

type Substances = ReferralInput['substances'];

/** Alcohol was chosen, and its own level is at least `minimum`. */
export function hasAlcohol(substances: Substances, minimum: ResultLevel = 'none'): boolean {
  return substances.some((s) => s.kind === 'alcohol' && levelAtLeast(s.level, minimum));
}

export function hasMedicine(substances: Substances): boolean {
  return substances.some((s) => s.kind === 'medicine');
}

/** Drugs or medicine, what Serviceloven § 101 treatment is for, at least at `minimum` itself. */
export function hasDrugsOrMedicine(substances: Substances, minimum: ResultLevel = 'none'): boolean {
  return substances.some(
    (s) => s.kind !== 'alcohol' && s.kind !== 'nicotine' && levelAtLeast(s.level, minimum),
  );
}

/** Alcohol, drugs or medicine: anything but nicotine (docs/sources.md#treatment-alcohol: no treatment right for it). */
export function hasAlcoholOrDrugs(substances: Substances): boolean {
  return substances.some((s) => s.kind !== 'nicotine');
}
