import type { AgeRange } from '../questionnaire/definitionSchema';

/**
 * The places to get help, as data. Every number, address and right comes from FACTS.md (quoted in
 * `source`); names and descriptions are translation keys `help:services.<id>.name|description`.
 * Opening hours are left out on purpose: none are confirmed well enough to print.
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

export interface PhoneNumber {
  /** As a Dane writes it: '80 200 500'. */
  display: string;
  /** For a `tel:` link: '+4580200500' (112 stays as dialled). */
  tel: string;
}

export interface WebAddress {
  display: string;
  href: string;
}

export interface Service {
  id: ServiceId;
  group: ServiceGroup;
  phone?: PhoneNumber;
  url?: WebAddress;
  /** The ages it is for, both ends included, where FACTS.md names them. */
  forAges?: AgeRange;
  /** Where in FACTS.md this comes from, quoted. */
  source: string;
}

export const services: Readonly<Record<ServiceId, Service>> = {
  'emergency-112': {
    id: 'emergency-112',
    group: 'urgent',
    phone: { display: '112', tel: '112' },
    source:
      "FACTS.md › Denmark › Phone lines: 'Emergency: 112 — for danger to life (Region Hovedstaden's own guidance)'",
  },
  livslinien: {
    id: 'livslinien',
    group: 'urgent',
    phone: { display: '70 201 201', tel: '+4570201201' },
    url: { display: 'skrivdet.dk', href: 'https://skrivdet.dk' },
    // It answers only a fraction of calls, so it is never offered without 112 before it.
    source:
      "FACTS.md › Denmark › Phone lines: 'Livslinien (anonymous crisis line for thoughts of suicide): 70 201 201, with online help at skrivdet.dk. It answers only a fraction of calls … so it never stands alone: urgent help leads with 112.'",
  },
  giftlinjen: {
    id: 'giftlinjen',
    group: 'urgent',
    phone: { display: '82 12 12 12', tel: '+4582121212' },
    source:
      "FACTS.md › Denmark › Phone lines: 'Giftlinjen (poisoning advice, around the clock): 82 12 12 12 — it asks for name and CPR number and records calls; say so where it is offered'",
  },
  'municipal-alcohol-treatment': {
    id: 'municipal-alcohol-treatment',
    group: 'treatment',
    source:
      "FACTS.md › Denmark › Treatment rights: 'Alcohol, Sundhedsloven § 141: the municipality offers free treatment, started at the latest 14 days after the person contacts the municipality wishing treatment (stk. 2); treatment and counselling are anonymous if the person wishes (stk. 7); treatment at an alcohol outpatient clinic is free wherever the patient lives (stk. 8)'",
  },
  'municipal-drug-treatment': {
    id: 'municipal-drug-treatment',
    group: 'treatment',
    source:
      "FACTS.md › Denmark › Treatment rights: 'Drugs, Serviceloven § 101: the municipality must offer treatment, started within 14 days of contact; free for the citizen (residential stays: only stay-related costs); free choice between equivalent public or private offers; a free doctor's consultation. Medical treatment (Sundhedsloven § 142) has the same 14-day guarantee.'",
  },
  'own-gp': {
    id: 'own-gp',
    group: 'doctor',
    source:
      "FACTS.md › Denmark › Treatment rights: 'One's own general practitioner (egen læge) can always be the first contact.'; seed page › Help it names: 'tapering and detoxification, medicine against withdrawal where needed …, and talk therapy'",
  },
  alkolinjen: {
    id: 'alkolinjen',
    group: 'line',
    phone: { display: '80 200 500', tel: '+4580200500' },
    // Its funding was uncertain in 2023 (bt.dk): verify it still runs before a release.
    source:
      "FACTS.md › Denmark › Phone lines: 'Alkolinjen (Alkohol & Samfund; free, anonymous; for people who drink and for relatives; also chat): 80 200 500; a caller who meets a busy line or closed hours can leave a message and is called back'",
  },
  netstof: {
    id: 'netstof',
    group: 'counselling',
    url: { display: 'netstof.dk', href: 'https://netstof.dk' },
    forAges: { from: 14, to: 25 },
    source:
      "FACTS.md › Denmark › Phone lines: 'netstof.dk: anonymous online counselling for people aged 15–24 and their relatives'",
  },
  tuba: {
    id: 'tuba',
    group: 'counselling',
    forAges: { from: 14, to: 35 },
    source:
      "FACTS.md › Denmark › Phone lines: 'TUBA: free therapy for people aged 14–35 who grew up with parental alcohol or drug problems (waiting lists)'",
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
