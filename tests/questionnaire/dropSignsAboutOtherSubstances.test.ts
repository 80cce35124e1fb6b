import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questionnaire/answers';
import { dropSignsAboutOtherSubstances } from '../../src/questionnaire/dropSignsAboutOtherSubstances';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const { steps, substancesId } = questionnaire;

function change(before: Answers, after: Answers): Answers {
  return dropSignsAboutOtherSubstances(steps, substancesId, before, { ...before, ...after });
}

describe('dropSignsAboutOtherSubstances', () => {
  const alcoholOnly: Answers = {
    substances: ['alcohol'],
    craving: 'no',
    'cut-down': 'yes',
    'self-harm': 'yes',
    overdose: 'past-4-weeks',
  };

  it('asks a sign again when its page would now name a substance added since', () => {
    const after = change(alcoholOnly, { substances: ['alcohol', 'cannabis'] });
    expect(after).not.toHaveProperty('craving');
    expect(after).not.toHaveProperty('cut-down');
  });

  it('asks a sign again when a substance it was answered about is taken away', () => {
    const both: Answers = {
      substances: ['alcohol', 'cannabis'],
      craving: 'yes',
      'craving.which': ['cannabis'],
    };
    const after = change(both, { substances: ['alcohol'] });
    expect(after).not.toHaveProperty('craving');
  });

  it('keeps the safety answers, which are not about one substance', () => {
    const after = change(alcoholOnly, { substances: ['none'] });
    expect(after['self-harm']).toBe('yes');
    expect(after.overdose).toBe('past-4-weeks');
  });

  it('keeps every sign when the substances a page names are unchanged', () => {
    expect(change(alcoholOnly, { substances: ['alcohol'] })).toEqual(alcoholOnly);
    expect(change(alcoholOnly, { 'age-group': '65-plus' })).toEqual({
      ...alcoholOnly,
      'age-group': '65-plus',
    });
  });

  it('keeps an answer on a page that names no substance, such as injecting', () => {
    const before: Answers = { substances: ['cannabis'], craving: 'no', injecting: 'yes' };
    const after = change(before, { substances: ['cannabis', 'alcohol'] });
    expect(after).not.toHaveProperty('craving');
    expect(after.injecting).toBe('yes');
  });
});
