import { describe, expect, it } from 'vitest';
import { commitAnswer, firstStepId, nextStepId } from '../../src/flow/navigation';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import { benchJourney, journeyPlan } from '../../scripts/bench/journeyPlan';
import type { StepAnswer } from '../../scripts/bench/journeyPlan';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

function asAnswer(answer: StepAnswer): Answer {
  return typeof answer === 'object' && 'digits' in answer ? Number(answer.digits) : answer;
}

describe('the journey the step timing walks', () => {
  const plan = journeyPlan(questionnaire, benchJourney);

  it('is the pages the app shows, in order, for its answers', () => {
    let answers: Answers = {};
    let stepId = firstStepId(questionnaire, answers);
    const shown: string[] = [];
    for (const [planned, answer] of plan) {
      expect(stepId).toBe(planned);
      shown.push(planned);
      answers = commitAnswer(questionnaire, answers, planned, asAnswer(answer));
      stepId = nextStepId(questionnaire, answers, planned);
    }
    expect(stepId, 'the journey ends at the review').toBeUndefined();
  });

  it('covers most kinds of page: per substance, a number, "which of them?"', () => {
    expect(plan[0], 'the first page asks who the check is about').toEqual(['audience', 'self']);
    const ids = plan.map(([id]) => id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'alcohol-days',
        'frequency.sedatives',
        'alcohol-typical-day',
        'prescribed.sedatives',
        'craving.which',
      ]),
    );
    expect(plan.find(([id]) => id === 'alcohol-typical-day')?.[1]).toEqual({ digits: '4' });
    expect(plan.length).toBeGreaterThanOrEqual(25);
  });
});
