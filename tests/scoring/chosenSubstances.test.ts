import { describe, expect, it } from 'vitest';
import { chosenSubstances } from '../../src/scoring/chosenSubstances';
import { questionnaire } from './rusmiddeltjek';

describe('chosenSubstances', () => {
  it("keeps the definition's order, not the answer's", () => {
    expect(
      chosenSubstances(questionnaire, { substances: ['other', 'cannabis', 'alcohol'] }),
    ).toEqual(['alcohol', 'cannabis', 'other']);
  });

  it('treats "none of these" and no answer as no substance', () => {
    expect(chosenSubstances(questionnaire, { substances: ['none'] })).toEqual([]);
    expect(chosenSubstances(questionnaire, {})).toEqual([]);
  });

  it('ignores codes that are not substances', () => {
    expect(chosenSubstances(questionnaire, { substances: ['tea', 'nicotine'] })).toEqual([
      'nicotine',
    ]);
  });
});
