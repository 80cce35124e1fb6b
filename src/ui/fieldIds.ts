/** The id of a field's hint: `aria-describedby` points to it. */
export const hintId = (id: string) => `${id}-hint`;

/** The id of a field's error message: `aria-describedby` points to it while the error shows. */
export const errorId = (id: string) => `${id}-error`;

/** The ids an `aria-describedby` lists, or none at all when nothing describes the field. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
