import { describe, expect, it } from 'vitest';
import { criteriaMet } from '../../src/scoring/criteriaMet';
import { questionnaire } from './rusmiddeltjek';

const none = new Set<string>();

describe('criteriaMet', () => {
  it('has an entry for every chosen substance, in definition order', () => {
    const found = criteriaMet(questionnaire, { substances: ['stimulants', 'alcohol'] }, none);
    expect([...found.keys()]).toEqual(['alcohol', 'stimulants']);
    expect([...found.values()]).toEqual([[], []]);
  });

  it("lists criteria in the definition's order; needing it to get by is not criterion 5", () => {
    const found = criteriaMet(
      questionnaire,
      {
        substances: ['cannabis'],
        withdrawal: 'yes',
        'neglects-duties': 'yes',
        'needs-to-function': 'yes',
        'larger-amounts': 'yes',
        craving: 'no',
      },
      none,
    );
    expect(found.get('cannabis')).toEqual([
      { criterion: 'larger-amounts', evidence: ['larger-amounts'], counted: true },
      { criterion: 'obligations', evidence: ['neglects-duties'], counted: true },
      { criterion: 'withdrawal', evidence: ['withdrawal'], counted: true },
    ]);
  });

  it('merges a per-substance page and a sign page for the same criterion', () => {
    const found = criteriaMet(
      questionnaire,
      {
        substances: ['sedatives'],
        'prescribed.sedatives': 'more-than-prescribed',
        'larger-amounts': 'yes',
      },
      none,
    );
    expect(found.get('sedatives')).toEqual([
      {
        criterion: 'larger-amounts',
        evidence: ['prescribed.sedatives', 'larger-amounts'],
        counted: true,
      },
    ]);
  });

  it('does not count tolerance and withdrawal of a medicine taken as prescribed, only those', () => {
    const found = criteriaMet(
      questionnaire,
      { substances: ['sedatives'], tolerance: 'yes', withdrawal: 'yes', craving: 'yes' },
      new Set(['sedatives']),
    );
    expect(found.get('sedatives')?.map((f) => [f.criterion, f.counted])).toEqual([
      ['craving', true],
      ['tolerance', false],
      ['withdrawal', false],
    ]);
  });

  it('attributes through "which of them?"', () => {
    const found = criteriaMet(
      questionnaire,
      { substances: ['alcohol', 'cannabis'], craving: 'yes', 'craving.which': ['cannabis'] },
      none,
    );
    expect(found.get('alcohol')).toEqual([]);
    expect(found.get('cannabis')).toEqual([
      { criterion: 'craving', evidence: ['craving', 'craving.which'], counted: true },
    ]);
  });
});
