import { describe, expect, it } from 'vitest';
import { commitAnswer, nextStepId, progress } from '../../src/flow/navigation';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import { visibleSteps } from '../../src/questionnaire/visibility';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

/** Walks the journey with these answers (quiet ones elsewhere), recording progress on each page. */
function walk(given: Record<string, Answer>) {
  let answers: Answers = {};
  let stepId: string | undefined = questionnaire.steps[0]?.id;
  const seen: { stepId: string; current: number; total: number }[] = [];
  while (stepId) {
    seen.push({ stepId, ...progress(questionnaire, answers, stepId) });
    const step = questionnaire.steps.find((s) => s.id === stepId);
    const quiet =
      step?.kind === 'number'
        ? 2
        : step?.options.some((o) => o.code === 'no')
          ? 'no'
          : step?.options[0]?.code;
    answers = commitAnswer(questionnaire, answers, stepId, given[stepId] ?? quiet ?? '');
    stepId = nextStepId(questionnaire, answers, stepId);
  }
  return { seen, pages: visibleSteps(questionnaire.steps, answers).length };
}

describe('progress', () => {
  it('counts up one page at a time', () => {
    const { seen } = walk({ substances: ['cannabis'] });
    expect(seen.map((p) => p.current)).toEqual(seen.map((_, i) => i + 1));
  });

  it('estimates the total exactly once the substances are known, when the answers are quiet', () => {
    const { seen, pages } = walk({ substances: ['alcohol', 'sedatives'] });
    expect(seen.slice(3).every((p) => p.total === pages)).toBe(true);
  });

  it('grows the estimate by one when a yes brings a follow-up', () => {
    const { seen, pages } = walk({
      substances: ['alcohol', 'cannabis'],
      craving: 'yes',
      'craving.which': ['alcohol'],
    });
    const before = seen.find((p) => p.stepId === 'craving');
    const after = seen.find((p) => p.stepId === 'craving.which');
    expect(after?.total).toBe((before?.total ?? 0) + 1);
    expect(after?.current).toBe((before?.current ?? 0) + 1);
    expect(seen.at(-1)?.total).toBe(pages);
  });
});
