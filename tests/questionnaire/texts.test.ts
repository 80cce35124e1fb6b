import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import type { QuestionnaireTexts } from '../../src/questionnaire/definitionSchema';
import { expandSteps, type Step } from '../../src/questionnaire/steps';
import { loadRealQuestionnaire } from './realQuestionnaire';
import { strings } from '../support/textStrings';

const { definition, texts } = loadRealQuestionnaire();
const steps = expandSteps(definition);

function textsIn(language: string): QuestionnaireTexts {
  const found = texts[language];
  if (!found) throw new Error(`no texts in "${language}"`);
  return found;
}

function stepTitle(step: Step, own: QuestionnaireTexts): string | undefined {
  return step.followUpOf ? own.followUps.which.title : own.items[step.itemId]?.title;
}

/** The text shown for an option: a substance's label where the option is a substance. */
function optionText(step: Step, code: string, own: QuestionnaireTexts): string | undefined {
  const isSubstance =
    step.optionsFromSubstances || step.measures.some((m) => m.type === 'substances');
  const substance = isSubstance ? own.substances[code]?.label : undefined;
  return substance ?? own.items[step.itemId]?.options?.[code];
}

const placeholders = (text: string | undefined) =>
  [...new Set([...(text ?? '').matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]))].sort();

describe.each(languages)('the real questionnaire in %s', (language) => {
  const own = textsIn(language);

  it.each(steps.map((s) => [s.id, s] as const))('%s has a title', (_id, step) => {
    expect(stepTitle(step, own)?.trim()).toBeTruthy();
  });

  it.each(steps.map((s) => [s.id, s] as const))('%s has a text for every option', (_id, step) => {
    const missing = step.options.filter((o) => !optionText(step, o.code, own)?.trim());
    expect(missing.map((o) => o.code)).toEqual([]);
  });
});

describe('texts across languages', () => {
  const [source, ...others] = languages;
  const sourceStrings = strings(textsIn(source));

  it.each(others)('%s has exactly the keys of the Danish texts', (language) => {
    expect([...strings(textsIn(language)).keys()].sort()).toEqual([...sourceStrings.keys()].sort());
  });

  it.each(others)(
    '%s uses the same {{placeholders}} as the Danish, string by string',
    (language) => {
      const other = strings(textsIn(language));
      const keys = new Set([...sourceStrings.keys(), ...other.keys()]);
      const mismatched = [...keys].filter(
        (key) =>
          placeholders(sourceStrings.get(key)).join() !== placeholders(other.get(key)).join(),
      );
      expect(mismatched).toEqual([]);
    },
  );

  it('finds placeholders, so the comparison above compares something', () => {
    expect(placeholders(textsIn(source).items['frequency']?.title)).toEqual(['substance']);
    expect(placeholders('{{a}} and {{ b }} and {{a}}')).toEqual(['a', 'b']);
  });
});
