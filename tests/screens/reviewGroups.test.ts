import { describe, expect, it } from 'vitest';
import { groupRows, reviewGroupOf } from '../../src/screens/reviewGroups';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const { steps } = questionnaire;
function stepOf(id: string) {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`no page ${id}`);
  return step;
}
const groupOf = (id: string) => reviewGroupOf(stepOf(id), steps);

describe('review groups', () => {
  it('follow what each page measures', () => {
    expect(groupOf('audience')).toBe('about');
    expect(groupOf('age-group')).toBe('about');
    expect(groupOf('pregnancy')).toBe('about');
    expect(groupOf('substances')).toBe('use');
    expect(groupOf('alcohol-days')).toBe('amount');
    expect(groupOf('prescribed.sedatives')).toBe('amount');
    expect(groupOf('craving')).toBe('signs');
    expect(groupOf('needs-to-function')).toBe('signs');
    expect(groupOf('overdose')).toBe('safety');
    expect(groupOf('relative-worry')).toBe('relative');
  });

  it('put a "which of them?" page with the sign it follows', () => {
    expect(groupOf('craving.which')).toBe('signs');
  });

  it('keep question order inside a topic and drop empty topics', () => {
    const rows = ['overdose', 'craving', 'audience', 'tolerance'].map((id) => ({
      step: stepOf(id),
    }));
    expect(groupRows(rows, steps).map((g) => [g.group, g.rows.map((r) => r.step.id)])).toEqual([
      ['about', ['audience']],
      ['signs', ['craving', 'tolerance']],
      ['safety', ['overdose']],
    ]);
  });
});
