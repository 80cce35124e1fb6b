/**
 * The interface texts come in two parts, so that the start page does not carry the result's texts.
 * Each namespace file (`locales/<language>/<namespace>.json`) stays whole for whoever writes it;
 * the build splits it by its top-level keys (scripts/textPartsPlugin.ts):
 *
 * - `<file>.json?start-page` — everything but the keys below: the start page and the frame around
 *   every page (header, quick exit, the urgent numbers) read `ui`'s through `useTexts` (texts.ts);
 * - `<file>.json?result-page` — only the keys below: fetched with the journey.
 */
export const resultPageKeys = {
  // The drink calculator is shown on a question page only, so after the journey has loaded;
  // the plan (Min plan) only on the result; "Læs op" on those two only.
  ui: ['result', 'summary', 'drinkCalculator', 'plan', 'readAloud'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The top-level keys of `ui` that the start page's part leaves out. */
export type ResultPageKey = (typeof resultPageKeys.ui)[number];

export type TextPart = 'start-page' | 'result-page';

/** The part of a namespace's texts that the query names. */
export function textPart(
  namespace: string,
  texts: Record<string, unknown>,
  part: TextPart,
): Record<string, unknown> {
  const resultKeys: readonly string[] =
    namespace in resultPageKeys ? resultPageKeys[namespace as keyof typeof resultPageKeys] : [];
  return Object.fromEntries(
    Object.entries(texts).filter(([key]) => resultKeys.includes(key) === (part === 'result-page')),
  );
}
