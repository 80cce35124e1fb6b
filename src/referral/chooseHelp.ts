import type { HelpRule, Referral } from './reasons';
import type { ReferralInput } from './referral';
import { rulesForARelative } from './rules/forARelative';
import { rulesForThePerson } from './rules/forThePerson';
import { isUnder15, servesAge, servesChildWithSigns } from './servesAge';
import { services, type ServiceId } from './services';

/**
 * The person's rules, highest priority first (rules/forThePerson.ts says why), then a relative's own
 * (rules/forARelative.ts), which never compete with them: each is kept apart by `keyOf`.
 */
const rules: readonly HelpRule[] = [...rulesForThePerson, ...rulesForARelative];

/** A service that names its ages is for those ages; under 15, the rest is urgent help and a doctor. */
function fitsAge(referral: Referral, input: ReferralInput): boolean {
  if (referral.forRelative) return true;
  const service = services[referral.service];
  if (service.forAges !== undefined) {
    return servesAge(service, input.age) || servesChildWithSigns(service, input);
  }
  return !isUnder15(input.age) || service.group === 'urgent' || service.group === 'doctor';
}

/**
 * The order help is shown in: urgent lines (danger to life cannot wait), then free municipal
 * treatment (a right that starts within 14 days), then a pregnant person's doctor or midwife (the
 * way to specialised pregnancy care), then one's own GP (always open, the first contact for
 * anything) and a relative's own, then the lines (anonymous advice by phone), then groups and
 * counselling (Al-Anon, and netstof.dk and TUBA for particular ages; TUBA has waiting lists).
 */
export const displayOrder = [
  'emergency-112',
  'livslinien',
  'giftlinjen',
  'municipal-alcohol-treatment',
  'municipal-drug-treatment',
  'doctor-or-midwife',
  'own-gp',
  'own-gp-relative',
  'alkolinjen',
  'al-anon',
  'netstof',
  'tuba',
] as const satisfies readonly ServiceId[];

/** Each service once for the person and once for a relative's own sake (shown in their own section). */
function keyOf(referral: Referral): string {
  return `${referral.service}${referral.forRelative ? ' for the relative' : ''}`;
}

/** The help that fits, in `displayOrder`; when two rules propose the same, the earlier rule wins. */
export function chooseHelp(input: ReferralInput): Referral[] {
  const chosen = new Map<string, Referral>();
  for (const rule of rules) {
    for (const referral of rule(input)) {
      if (!chosen.has(keyOf(referral)) && fitsAge(referral, input)) {
        chosen.set(keyOf(referral), referral);
      }
    }
  }
  const position = (r: Referral) => (displayOrder as readonly ServiceId[]).indexOf(r.service);
  return [...chosen.values()].sort((a, b) => position(a) - position(b));
}
