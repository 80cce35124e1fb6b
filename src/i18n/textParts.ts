/**
 * The interface texts come in two parts, so that the start page does not carry the result's texts.
 * Each namespace file (`locales/<language>/<namespace>.json`) stays whole for whoever writes it;
 * the build splits it by its top-level keys (scripts/textPartsPlugin.ts):
 *
 * - `<file>.json?start-page` — everything but the keys below: bundled for Danish `ui`, since the
 *   start page and the frame around every page (header, quick exit, the urgent numbers) use it;
 * - `<file>.json?result-page` — only the keys below: fetched with the journey.
 */
export const resultPageKeys: Readonly<Record<string, readonly string[]>> = {
  // The drink calculator is shown on a question page only, so after the journey has loaded;
  // the plan (Min plan) only on the result; "Læs op" on those two only.
  ui: ['result', 'summary', 'drinkCalculator', 'plan', 'readAloud'],
};

export type TextPart = 'start-page' | 'result-page';

/** The part of a namespace's texts that the query names. */
export function textPart(
  namespace: string,
  texts: Record<string, unknown>,
  part: TextPart,
): Record<string, unknown> {
  const resultKeys = resultPageKeys[namespace] ?? [];
  return Object.fromEntries(
    Object.entries(texts).filter(([key]) => resultKeys.includes(key) === (part === 'result-page')),
  );
}
