import { describe, expect, it } from 'vitest';
import type { CriterionDefinition } from '../../src/questionnaire/definitionSchema';
import { icd11GroupsPresent } from '../../src/scoring/icd11GroupsPresent';
import { questionnaire } from './rusmiddeltjek';

const criteria = questionnaire.definition.criteria;

describe('icd11GroupsPresent', () => {
  it('finds no group for no criteria', () => {
    expect(icd11GroupsPresent([], criteria)).toEqual([]);
  });

  it('never counts hazardous use as a dependence group', () => {
    expect(icd11GroupsPresent(['hazardous'], criteria)).toEqual([]);
  });

  it('lists each group once, in ICD-11 order whatever the criteria order', () => {
    expect(icd11GroupsPresent(['withdrawal', 'social', 'tolerance', 'craving'], criteria)).toEqual([
      'impaired-control',
      'precedence',
      'physiological',
    ]);
  });

  it('reads the mapping from the definition', () => {
    const remapped: CriterionDefinition[] = [
      { id: 'craving', dsm5: 4, icd11Group: 'physiological' },
      { id: 'tolerance', dsm5: 10, icd11Group: 'harm' },
    ];
    expect(icd11GroupsPresent(['craving', 'tolerance'], remapped)).toEqual(['physiological']);
  });
});
