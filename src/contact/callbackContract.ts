import type { Language } from '../i18n/languages';
import type { FlagId } from '../questionnaire/vocabulary';
import type { DsmBand, ResultLevel } from '../scoring/assessment';
import type { CallbackField, PreferredTime } from './callbackFormSchema';

/**
 * The callback API as docs/contact-api.md describes it (and docs/contact-api.schema.json checks).
 * Change the three together.
 */

/** The result, when the person ticks the box to attach it: the level and counts, never the answers. */
export interface ResultSummary {
  questionnaire: { id: string; version: string };
  level: ResultLevel;
  flags: FlagId[];
  substances: { substance: string; criteriaCount: number; band: DsmBand }[];
}

/** The JSON body of `POST <endpoint>`. Only what the person typed, chose or ticked. */
export interface CallbackPayload {
  name: string;
  phone?: string;
  email?: string;
  preferredTime: PreferredTime;
  message?: string;
  consent: true;
  /** The language the person used the form in, to be contacted in. */
  language?: Language;
  result?: ResultSummary;
}

/** Why the endpoint turned down a field (a 4xx's `errors[].code`). */
export const fieldErrorCodes = ['required', 'invalid', 'too-long'] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** The fields a 4xx named, each with its reason; fields the form does not have are left out. */
export type FieldErrors = Partial<Record<CallbackField, FieldErrorCode>>;

/** The request header that makes a resend safe: the endpoint creates one callback per key. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * What a reference from the endpoint must look like to be shown (docs/contact-api.schema.json's
 * `reference` pattern): 1–64 letters (a–z, A–Z), digits and hyphens, starting with a letter or
 * digit — something a person can read out on the phone. Anything else is not shown.
 */
export const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** How long to wait for an answer before telling the person (docs/contact-api.md: no answer within 10 s). */
export const CALLBACK_TIMEOUT_MS = 10_000;
