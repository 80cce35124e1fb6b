import type { Condition, ItemDefinition, QuestionnaireDefinition } from './definitionSchema';
import { voices, type Voice } from './vocabulary';

/** The item whose answer is the voice (self, relative, clinician), if the questionnaire asks it. */
export function audienceItem(definition: QuestionnaireDefinition): ItemDefinition | undefined {
  return definition.items.find((item) => item.measures.some((m) => m.type === 'audience'));
}

function voicesAllowedBy(condition: Condition, audienceId: string): readonly Voice[] | undefined {
  if ('anyOf' in condition && condition.item === audienceId) {
    return voices.filter((v) => condition.anyOf.includes(v));
  }
  if ('all' in condition) {
    for (const part of condition.all) {
      const found = voicesAllowedBy(part, audienceId);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The voices an item can be read in: none for the audience item (asked before the voice is
 * known), the audience its condition names (a relative's own questions), or all three.
 */
export function itemVoices(
  definition: QuestionnaireDefinition,
  item: ItemDefinition,
): readonly Voice[] {
  const audience = audienceItem(definition);
  if (!audience) return ['self'];
  if (item === audience) return [];
  return (item.showIf && voicesAllowedBy(item.showIf, audience.id)) ?? voices;
}
