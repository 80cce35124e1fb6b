import type { QuestionnaireDefinition, QuestionnaireTexts } from './definitionSchema';
import { itemVoices } from './itemVoices';
import type { QuestionnaireProblem } from './problems';
import { voices } from './vocabulary';

type Located = Omit<QuestionnaireProblem, 'file'>;

/** Every item, option, substance and criterion needs its text; no text may name something unknown. */
export function checkTexts(
  definition: QuestionnaireDefinition,
  texts: QuestionnaireTexts,
): Located[] {
  const found: Located[] = [];
  const missing = (path: string) => found.push({ path, message: 'missing text' });
  for (const item of definition.items) {
    const own = texts.items[item.id];
    if (!own) {
      missing(`items.${item.id}`);
      continue;
    }
    for (const option of item.options ?? []) {
      if (item.measures.some((m) => m.type === 'substances') && !option.exclusive) continue;
      if (!own.options?.[option.code]) missing(`items.${item.id}.options.${option.code}`);
    }
    // An item read in more than one voice needs its question in each of them.
    const itsVoices = itemVoices(definition, item);
    if (itsVoices.length > 1) {
      for (const voice of itsVoices.filter((v) => v !== 'self')) {
        if (!own[`title_${voice}`]) missing(`items.${item.id}.title_${voice}`);
        if (own.hint && !own[`hint_${voice}`]) missing(`items.${item.id}.hint_${voice}`);
      }
    }
    if (item.measures.some((m) => m.type === 'warning-sign') && !own.short) {
      missing(`items.${item.id}.short`);
    }
    for (const key of Object.keys(own.options ?? {})) {
      const code = voices.reduce((rest, v) => rest.replace(new RegExp(`_${v}$`), ''), key);
      if (!item.options?.some((o) => o.code === code)) {
        found.push({
          path: `items.${item.id}.options.${key}`,
          message: 'text for an unknown option',
        });
      }
    }
  }
  for (const id of Object.keys(texts.items)) {
    if (!definition.items.some((item) => item.id === id)) {
      found.push({ path: `items.${id}`, message: 'text for an unknown item' });
    }
  }
  for (const substance of definition.substances) {
    if (!texts.substances[substance.code]) missing(`substances.${substance.code}`);
  }
  for (const code of Object.keys(texts.substances)) {
    if (!definition.substances.some((s) => s.code === code)) {
      found.push({ path: `substances.${code}`, message: 'text for an unknown substance' });
    }
  }
  for (const criterion of definition.criteria) {
    if (!texts.criteria[criterion.id]) missing(`criteria.${criterion.id}`);
  }
  for (const id of Object.keys(texts.criteria)) {
    if (!definition.criteria.some((c) => c.id === id)) {
      found.push({ path: `criteria.${id}`, message: 'text for an unknown criterion' });
    }
  }
  return found;
}
