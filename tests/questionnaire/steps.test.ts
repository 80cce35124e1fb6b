import { describe, expect, it } from 'vitest';
import { expandSteps, substancesItemId, whichSuffix } from '../../src/questionnaire/steps';
import { conditionHolds } from '../../src/questionnaire/visibility';
import { loadRealQuestionnaire } from './realQuestionnaire';

const { definition } = loadRealQuestionnaire();
const steps = expandSteps(definition);
const ids = steps.map((s) => s.id);
const substanceCodes = definition.substances.map((s) => s.code);
const medicines = ['opioid-painkillers', 'sedatives', 'other-medicines'];

function step(id: string) {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step "${id}"`);
  return found;
}

describe('expandSteps on the real questionnaire', () => {
  it('gives every step a unique id', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks how often once per substance but alcohol, right after the substances are chosen', () => {
    const at = ids.indexOf('substances');
    const others = substanceCodes.filter((code) => code !== 'alcohol');
    expect(ids.slice(at + 1, at + 1 + others.length)).toEqual(
      others.map((code) => `frequency.${code}`),
    );
    for (const code of others) {
      expect(step(`frequency.${code}`)).toMatchObject({ itemId: 'frequency', substance: code });
    }
  });

  it('asks alcohol its drinking days in a typical week, 0 to 7, before the typical day', () => {
    expect(ids).not.toContain('frequency.alcohol');
    expect(step('alcohol-days')).toMatchObject({ kind: 'number', min: 0, max: 7 });
    expect(ids.indexOf('alcohol-days') + 1).toBe(ids.indexOf('alcohol-typical-day'));
  });

  it('shows a per-substance page only when its substance was chosen', () => {
    const condition = step('frequency.cannabis').condition;
    expect(condition).toBeDefined();
    if (!condition) return;
    expect(conditionHolds(condition, { substances: ['alcohol', 'cannabis'] })).toBe(true);
    expect(conditionHolds(condition, { substances: ['alcohol'] })).toBe(false);
  });

  it('asks whether a medicine is prescribed for the three medicines only', () => {
    expect(ids.filter((id) => id.startsWith('prescribed.'))).toEqual(
      medicines.map((code) => `prescribed.${code}`),
    );
  });

  it('follows each sign asked about several substances with "which of them?"', () => {
    const signs = definition.items.filter((item) => item.askWhichSubstance);
    expect(signs.length).toBeGreaterThan(0);
    for (const item of signs) {
      const which = `${item.id}${whichSuffix}`;
      expect(ids.indexOf(which)).toBe(ids.indexOf(item.id) + 1);
      expect(step(which)).toMatchObject({
        kind: 'multiple',
        itemId: item.id,
        followUpOf: item.id,
        optionsFromSubstances: true,
        measures: [{ type: 'routing' }],
      });
      expect(step(which).options.map((o) => o.code)).toEqual(step(item.id).substanceScope);
    }
  });

  it('has "which of them?" pages only for signs that ask it', () => {
    const followed = new Set(
      definition.items.filter((item) => item.askWhichSubstance).map((item) => item.id),
    );
    const whichIds = ids.filter((id) => id.endsWith(whichSuffix));
    expect(whichIds.map((id) => id.slice(0, -whichSuffix.length)).sort()).toEqual(
      [...followed].sort(),
    );
    expect(ids).not.toContain(`injecting${whichSuffix}`);
    expect(ids).not.toContain(`self-harm${whichSuffix}`);
  });

  it('asks "which of them?" only after a "yes" with two or more substances in scope', () => {
    const condition = step(`craving${whichSuffix}`).condition;
    expect(condition).toBeDefined();
    if (!condition) return;
    const two = { substances: ['alcohol', 'cannabis'] };
    expect(conditionHolds(condition, { ...two, craving: 'yes' })).toBe(true);
    expect(conditionHolds(condition, { ...two, craving: 'no' })).toBe(false);
    expect(conditionHolds(condition, { substances: ['alcohol'], craving: 'yes' })).toBe(false);
  });

  it('scopes a sign to the substances named in the definition', () => {
    expect(step('injecting').substanceScope).not.toContain('alcohol');
    expect(step('withdrawal').substanceScope).toEqual(substanceCodes);
  });

  it('asks the safety questions on self-harm and overdose whatever substances were chosen', () => {
    expect(step('self-harm').substanceScope).toBeUndefined();
    expect(step('self-harm').condition).toBeUndefined();
    expect(step('overdose').substanceScope).toBeUndefined();
    expect(step('overdose').condition).toBeUndefined();
  });

  it('finds the substances item', () => {
    expect(substancesItemId(definition)).toBe('substances');
  });
});
