import type { AgeRange } from '../questionnaire/definitionSchema';
import type { PhoneNumber } from './phoneNumber';
import { urgentPhones } from './urgentPhones';

/**
 * The places to get help, as data. Every number, address and right has an entry in docs/sources.md,
 * cited in `source`; names and descriptions are translation keys `help:services.<id>.name|description`.
 * Opening hours are left out on purpose: none are confirmed well enough to print.
 */

/**
 * Services with neither `phone` nor `url` say how to reach them in `help:services.<id>.reach`.
 */

/** Every place to get help; `chooseHelp` holds the order they are shown in. */
export const serviceIds = [
  'emergency-112',
  'livslinien',
  'giftlinjen',
  'municipal-alcohol-treatment',
  'municipal-drug-treatment',
  'own-gp',
  'alkolinjen',
  'netstof',
  'tuba',
  'own-gp-relative',
  'al-anon',
  'doctor-or-midwife',
] as const;
export type ServiceId = (typeof serviceIds)[number];

/** What kind of help a service is; the groups are shown in this order. */
export type ServiceGroup = 'urgent' | 'treatment' | 'doctor' | 'line' | 'counselling';

export type { PhoneNumber } from './phoneNumber';

export interface WebAddress {
  display: string;
  href: string;
}

export interface Service {
  id: ServiceId;
  group: ServiceGroup;
  phone?: PhoneNumber;
  /** Shown on its card, and under its number when it is a next step to call. */
  url?: WebAddress;
  /** The ages it is for, both ends included, where docs/sources.md names them. */
  forAges?: AgeRange;
  /** Its entries in docs/sources.md, as `docs/sources.md#<id>` joined by `; `, then a short note. */
  source: string;
}

/** Where approved treatment places can be searched (docs/sources.md#tilbudsportalen). */
const TILBUDSPORTALEN: WebAddress = {
  display: 'tilbudsportalen.dk',
  href: 'https://tilbudsportalen.dk',
};

export const services: Readonly<Record<ServiceId, Service>> = {
  'emergency-112': {
    id: 'emergency-112',
    group: 'urgent',
    phone: urgentPhones['emergency-112'],
    source: 'docs/sources.md#phone-112 — for danger to life.',
  },
  livslinien: {
    id: 'livslinien',
    group: 'urgent',
    phone: urgentPhones.livslinien,
    url: { display: 'skrivdet.dk', href: 'https://skrivdet.dk' },
    // It answers only a fraction of calls, so it is never offered without 112 before it.
    source:
      'docs/sources.md#livslinien — answers only a fraction of calls, so 112 always comes first.',
  },
  giftlinjen: {
    id: 'giftlinjen',
    group: 'urgent',
    phone: urgentPhones.giftlinjen,
    source:
      'docs/sources.md#giftlinjen — asks for name and CPR number and records calls; the help text says so.',
  },
  'municipal-alcohol-treatment': {
    id: 'municipal-alcohol-treatment',
    group: 'treatment',
    url: TILBUDSPORTALEN,
    source:
      'docs/sources.md#treatment-alcohol; docs/sources.md#tilbudsportalen; docs/sources.md#citizens-service — Sundhedsloven § 141: free, started within 14 days, anonymous if wished.',
  },
  'municipal-drug-treatment': {
    id: 'municipal-drug-treatment',
    group: 'treatment',
    url: TILBUDSPORTALEN,
    source:
      'docs/sources.md#treatment-drugs; docs/sources.md#tilbudsportalen; docs/sources.md#citizens-service — Serviceloven § 101 and Sundhedsloven § 142: free, started within 14 days.',
  },
  'own-gp': {
    id: 'own-gp',
    group: 'doctor',
    source:
      'docs/sources.md#own-gp; docs/sources.md#seed-help — the first contact; tapering, medicine against withdrawal, talk therapy.',
  },
  alkolinjen: {
    id: 'alkolinjen',
    group: 'line',
    phone: { display: '80 200 500', tel: '+4580200500' },
    // Its funding was uncertain in 2023 (bt.dk): verify it still runs before a release.
    source:
      'docs/sources.md#alkolinjen — free, anonymous, for drinkers and relatives; a message left is called back.',
  },
  netstof: {
    id: 'netstof',
    group: 'counselling',
    url: { display: 'netstof.dk', href: 'https://netstof.dk' },
    forAges: { from: 14, to: 25 },
    source:
      'docs/sources.md#netstof — anonymous online counselling for the young and their relatives.',
  },
  tuba: {
    id: 'tuba',
    group: 'counselling',
    forAges: { from: 14, to: 35 },
    source:
      'docs/sources.md#tuba — free therapy for people who grew up with alcohol or drug problems in the family.',
  },
  'own-gp-relative': {
    id: 'own-gp-relative',
    group: 'doctor',
    source: 'docs/sources.md#own-gp',
  },
  'al-anon': {
    id: 'al-anon',
    group: 'counselling',
    phone: { display: '70 20 90 93', tel: '+4570209093' },
    url: { display: 'al-anon.dk', href: 'https://al-anon.dk' },
    // Its hours (docs/sources.md#al-anon) are not confirmed well enough to print.
    source: 'docs/sources.md#al-anon',
  },
  'doctor-or-midwife': {
    id: 'doctor-or-midwife',
    group: 'doctor',
    source: 'docs/sources.md#familieambulatorium; docs/sources.md#pregnancy-medicine',
  },
};
