import { isUrgent } from './isUrgent';
import { levelAtLeast } from '../scoring/resultLevel';
import type { ResultLevel } from '../scoring/assessment';
import type { Referral } from './reasons';
import type { ReferralInput } from './referral';
import { isUnder15 } from './servesAge';
import { services, type ServiceId } from './services';

/** Why an action is the next step: translation keys `ui:result.glance.reason.<id>`. */
export const nextStepReasonIds = [
  'danger-now',
  'talk-now',
  'overdose',
  'provider',
  'alcohol-line',
  'treatment',
  'relative-line',
  'relative-treatment',
  'relative-doctor',
  'young-online',
  'doctor',
  'doctor-if-you-wonder',
  'pregnancy',
] as const;
export type NextStepReason = (typeof nextStepReasonIds)[number];

/** One thing to do: a service (or the deploying provider), why, and the link to tap if there is one. */
export interface NextAction {
  service: ServiceId | 'provider';
  reason: NextStepReason;
  /** `tel:` or a web address; absent where the service has neither (the page says how to reach it). */
  href?: string;
}

/** How the deploying provider can be reached; only these are read. */
export interface ProviderContact {
  phone?: string;
  email?: string;
}

/** "33 12 34 56" → "tel:+4533123456" (the schema has checked it is 8 digits and spaces). */
function providerHref(provider: ProviderContact): string | undefined {
  if (provider.phone) return `tel:+45${provider.phone.replace(/ /g, '')}`;
  return provider.email ? `mailto:${provider.email}` : undefined;
}

/** A phone number first (one tap to talk), else the web address. */
export function serviceHref(id: ServiceId): string | undefined {
  const service = services[id];
  if (service.phone) return `tel:${service.phone.tel}`;
  return service.url?.href;
}

function action(service: ServiceId, reason: NextStepReason): NextAction {
  const href = serviceHref(service);
  return href === undefined ? { service, reason } : { service, reason, href };
}

/** 112 always leads (Livslinien answers only a fraction of calls: docs/sources.md#livslinien). */
function urgentActions(input: ReferralInput): NextAction[] {
  const actions = [action('emergency-112', 'danger-now'), action('livslinien', 'talk-now')];
  if (input.urgentBecause?.includes('overdose')) actions.push(action('giftlinjen', 'overdose'));
  return actions;
}

const chosen = (help: readonly Referral[], service: ServiceId, forRelative = false) =>
  help.some((r) => r.service === service && (r.forRelative ?? false) === forRelative);

/**
 * A relative's own help first: Alkolinjen before Al-Anon, because it takes relatives by phone,
 * free and anonymous, and calls back, while Al-Anon's hours are not confirmed well enough to print.
 */
function relativeAction(help: readonly Referral[]): NextAction {
  if (chosen(help, 'alkolinjen', true)) return action('alkolinjen', 'relative-line');
  if (chosen(help, 'municipal-drug-treatment', true)) {
    return action('municipal-drug-treatment', 'relative-treatment');
  }
  return action('own-gp-relative', 'relative-doctor');
}

/** The highest own level among the substances of one kind group. */
function highest(input: ReferralInput, alcohol: boolean): ResultLevel {
  const levels = input.substances
    .filter((s) => s.kind !== 'nicotine' && (s.kind === 'alcohol') === alcohol)
    .map((s) => s.level);
  return levels.reduce<ResultLevel>(
    (top, level) => (levelAtLeast(level, top) ? level : top),
    'none',
  );
}

/** Drugs or medicine with signs lead only when they show more than the drinking does. */
function useAction(input: ReferralInput, help: readonly Referral[]): NextAction | undefined {
  const treatment = chosen(help, 'municipal-drug-treatment');
  const drugsAboveAlcohol = !levelAtLeast(highest(input, true), highest(input, false));
  if (treatment && drugsAboveAlcohol) return action('municipal-drug-treatment', 'treatment');
  if (chosen(help, 'alkolinjen')) return action('alkolinjen', 'alcohol-line');
  if (treatment) return action('municipal-drug-treatment', 'treatment');
  return undefined;
}

/**
 * What to do first, from the help `chooseHelp` chose: with danger to life the urgent set (112
 * first); when pregnant, one's own doctor or midwife; otherwise one action. The deploying provider is who the person is visiting, so it leads
 * wherever there is something to talk about; at level "none" a gentle word about one's own doctor.
 */
export function nextStep(
  input: ReferralInput,
  help: readonly Referral[],
  provider?: ProviderContact,
): NextAction[] {
  if (isUrgent(input)) return urgentActions(input);
  // Pregnant or trying: the doctor or midwife is the way to specialised pregnancy care.
  if (input.pregnant && chosen(help, 'doctor-or-midwife')) {
    return [action('doctor-or-midwife', 'pregnancy')];
  }
  if (isUnder15(input.age)) {
    return [
      chosen(help, 'netstof') ? action('netstof', 'young-online') : action('own-gp', 'doctor'),
    ];
  }
  const providerLink = provider && providerHref(provider);
  const concern = input.level !== 'none' || input.audience === 'relative';
  if (providerLink && concern)
    return [{ service: 'provider', reason: 'provider', href: providerLink }];
  if (input.audience === 'relative') return [relativeAction(help)];
  if (input.level === 'none') return [action('own-gp', 'doctor-if-you-wonder')];
  return [useAction(input, help) ?? action('own-gp', 'doctor')];
}
