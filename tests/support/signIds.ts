import { realQuestionnaire } from './realQuestionnaire';

/**
 * The warning-sign pages of the real questionnaire, in its order: the items that ask "with which
 * of them?" when a sign is met. Read from the definition, so a new sign page needs no change here.
 */
export const signIds: readonly string[] = realQuestionnaire.definition.items
  .filter((item) => item.askWhichSubstance)
  .map((item) => item.id);

export type SignId = string;

/** Throws on a name that is no sign page: a misspelt sign in a test would otherwise count as "no". */
export function checkSignIds(ids: Iterable<string>): void {
  for (const id of ids) {
    if (!signIds.includes(id))
      throw new Error(`"${id}" is not a sign page (${signIds.join(', ')})`);
  }
}
