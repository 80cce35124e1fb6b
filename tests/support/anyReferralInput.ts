import fc from 'fast-check';
import { flagIds } from '../../src/questionnaire/vocabulary';
import type { ReferralInput } from '../../src/referral/referral';
import { resultLevels } from '../../src/scoring/assessment';

const levels = resultLevels;

/** An adult answering for themselves with nothing found, changed by `overrides`. */
export function referralInput(overrides: Partial<ReferralInput> = {}): ReferralInput {
  return {
    level: 'none',
    substances: [],
    audience: 'self',
    age: { from: 36, to: 64 },
    flags: [],
    selfHarm: false,
    ...overrides,
  };
}
const substances = [
  { code: 'alcohol', kind: 'alcohol' },
  { code: 'nicotine', kind: 'nicotine' },
  { code: 'cannabis', kind: 'other' },
  { code: 'sedatives', kind: 'medicine' },
] as const;

/** Any answers the help rules can meet, with the questionnaire's real age bands. */
export const anyReferralInput: fc.Arbitrary<ReferralInput> = fc.record({
  level: fc.constantFrom(...levels),
  substances: fc.uniqueArray(
    fc
      .tuple(fc.constantFrom(...substances), fc.constantFrom(...levels))
      .map(([substance, level]) => ({ ...substance, level })),
    { selector: (s) => s.code },
  ),
  audience: fc.constantFrom('self' as const, 'relative' as const, 'clinician' as const),
  age: fc.option(
    fc.constantFrom(
      { from: 0, to: 14 },
      { from: 15, to: 17 },
      { from: 18, to: 24 },
      { from: 36, to: 64 },
    ),
    { nil: undefined },
  ),
  flags: fc.subarray([...flagIds]),
  urgentBecause: fc.option(fc.subarray(['self-harm', 'overdose'] as const), { nil: undefined }),
  selfHarm: fc.boolean(),
  relationship: fc.option(fc.constantFrom('child', 'parent', 'partner'), { nil: undefined }),
  relativeConcerns: fc.subarray(['worry', 'children', 'unsafe'] as const),
  pregnant: fc.option(fc.boolean(), { nil: undefined }),
});
