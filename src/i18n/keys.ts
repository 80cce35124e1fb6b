import type { ParseKeys, TOptions } from 'i18next';
import type { namespaces } from './i18n';

/**
 * A text key the compiler checks against the Danish texts (src/i18n/i18next.d.ts): a `ui` key as
 * it stands, or any namespace's key after its name (`help:services.alkolinjen.name`).
 */
export type TextKeyOfJourney = ParseKeys<typeof namespaces>;

/**
 * A key built from data the compiler cannot follow, always with its namespace. Each kind has a
 * check that fails on a key missing in any language (see `tData`).
 */
export type DataKey =
  // An item id, option code, substance code or criterion id of the questionnaire.
  | `questionnaire:${'items' | 'substances' | 'criteria'}.${string}`
  // A harm-reduction concern a question's flag names (definition.json).
  | `ui:result.flags.harm-reduction.because.${string}`
  // How to reach a service that has neither a number nor a web address (referral/services.ts).
  | `help:services.${string}.reach`;

/** Any of i18next's `t` functions, or a voiced one (src/ui/voice.tsx). */
type AnyT = (key: never, options?: never) => unknown;

/**
 * The text of a key built from data, through the given `t` (so in its voice and language). The one
 * way such keys reach i18next, so they are easy to find; every other key is checked by the compiler.
 *
 * Who vouches for them, in every language of languages.ts:
 * - `questionnaire:` keys: the questionnaire validator (`npm run validate`, and the Vite plugin on
 *   every build; src/questionnaire/checkTexts.ts): each item has its title (and its `_relative` /
 *   `_clinician` title where read in those voices), each option its label, each substance its
 *   label and in-sentence name, each criterion and each warning sign its short name. Hints and
 *   units are optional: stepTexts.ts looks them up with `exists` first.
 * - `ui:result.flags.harm-reduction.because.*`: tests/i18n/interfaceTexts.test.ts, for every
 *   concern a harm-reduction flag in the questionnaire can raise.
 * - `help:services.*.reach`: tests/referral/services.test.ts, for every service with no number
 *   and no web address.
 */
export function tData(t: AnyT, key: DataKey, options?: TOptions): string {
  return String((t as unknown as (key: string, options?: TOptions) => unknown)(key, options));
}
