import type { HelpRule, Referral } from './reasons';
import type { ReferralInput } from './referral';
import { alcoholTreatment } from './rules/alcoholTreatment';
import { alkolinjenForDrinking } from './rules/alkolinjenForDrinking';
import { alkolinjenForRelative } from './rules/alkolinjenForRelative';
import { drugTreatment } from './rules/drugTreatment';
import { gpForLevel } from './rules/gpForLevel';
import { gpForMedicine } from './rules/gpForMedicine';
import { gpForSaferUse } from './rules/gpForSaferUse';
import { gpForWithdrawal } from './rules/gpForWithdrawal';
import { netstofForYoung } from './rules/netstofForYoung';
import { tubaForChildOfParent } from './rules/tubaForChildOfParent';
import { urgentLines } from './rules/urgentLines';
import { servesAge } from './servesAge';
import { serviceIds, services } from './services';

/**
 * Highest priority first: when two rules propose the same service, the earlier rule's reason wins
 * (a withdrawal warning outranks "talk it through"; a relative's reason outranks the drinker's).
 */
const rules: readonly HelpRule[] = [
  urgentLines,
  alcoholTreatment,
  drugTreatment,
  gpForWithdrawal,
  gpForMedicine,
  gpForSaferUse,
  gpForLevel,
  alkolinjenForRelative,
  alkolinjenForDrinking,
  netstofForYoung,
  tubaForChildOfParent,
];

// FACTS.md names ages only for netstof.dk (15–24) and TUBA (14–35), and no other help for children
// under 15 beyond the GP, who can involve the right adults.
const OTHER_HELP_FROM_AGE = 15;

/** A service that names its ages is for those ages; under 15, the others are left to the GP. */
function fitsAge(referral: Referral, input: ReferralInput): boolean {
  if (referral.forRelative) return true;
  const service = services[referral.service];
  if (service.forAges !== undefined) return servesAge(service, input.age);
  const child = input.age?.to !== undefined && input.age.to < OTHER_HELP_FROM_AGE;
  return !child || service.group === 'urgent' || service.id === 'own-gp';
}

/**
 * The help that fits, each service once, in the order of `serviceIds`:
 * urgent lines (danger to life cannot wait), then free municipal treatment (a right that starts
 * within 14 days), then one's own GP (always open, the first contact for anything), then
 * Alkolinjen (anonymous advice by phone), then netstof.dk and TUBA (for particular ages and
 * situations; TUBA has waiting lists).
 */
export function chooseHelp(input: ReferralInput): Referral[] {
  const chosen = new Map<Referral['service'], Referral>();
  for (const rule of rules) {
    for (const referral of rule(input)) {
      if (!chosen.has(referral.service) && fitsAge(referral, input)) {
        chosen.set(referral.service, referral);
      }
    }
  }
  return [...chosen.values()].sort(
    (a, b) => serviceIds.indexOf(a.service) - serviceIds.indexOf(b.service),
  );
}
