import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine, type FlowEvent } from '../../src/flow/flowMachine';
import type { Answer } from '../../src/questionnaire/answers';
import { stepOptions, visibleSteps } from '../../src/questionnaire/visibility';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';
import { signIds } from '../support/signIds';

const machine = createFlowMachine(questionnaire);

function started() {
  const actor = createActor(machine, { input: {} }).start();
  actor.send({ type: 'flow.start' });
  return actor;
}

type FlowActor = ReturnType<typeof started>;

/** Answers the page shown: the given answer where named, else 'yes', every option, or the first. */
function answerCurrent(actor: FlowActor, given: Record<string, Answer> = {}): void {
  const { stepId, answers } = actor.getSnapshot().context;
  const step = questionnaire.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`unknown step ${stepId}`);
  const options = stepOptions(step, answers, questionnaire.substancesId).map((o) => o.code);
  const fallback: Answer =
    step.kind === 'number'
      ? 3
      : step.kind === 'multiple'
        ? options
        : options.includes('yes')
          ? 'yes'
          : (options[0] ?? '');
  actor.send({ type: 'answer.submit', stepId: step.id, answer: given[step.id] ?? fallback });
}

/** Answers page after page until the questions end, or until the page `until` is shown. */
function answerOn(actor: FlowActor, given: Record<string, Answer>, until?: string): void {
  for (let i = 0; i < 100 && actor.getSnapshot().matches('question'); i++) {
    if (actor.getSnapshot().context.stepId === until) return;
    answerCurrent(actor, given);
  }
}

const submit = (stepId: string, answer: Answer): FlowEvent => ({
  type: 'answer.submit',
  stepId,
  answer,
});

describe('Back', () => {
  it.each([[['alcohol']], [['alcohol', 'sedatives']], [['cannabis', 'stimulants', 'opioids']]])(
    'from every question with %j returns to the previous one with its answer kept',
    (substances) => {
      const actor = started();
      answerOn(actor, { substances });
      expect(actor.getSnapshot().matches('review')).toBe(true);
      const { answers } = actor.getSnapshot().context;
      const order = visibleSteps(questionnaire.steps, answers).map((s) => s.id);

      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().context.stepId).toBe(order.at(-1));
      for (let i = order.length - 1; i > 0; i--) {
        actor.send({ type: 'nav.back' });
        const snapshot = actor.getSnapshot();
        expect(snapshot.context.stepId).toBe(order[i - 1]);
        expect(snapshot.context.answers[order[i - 1] ?? '']).toEqual(answers[order[i - 1] ?? '']);
      }
      actor.send({ type: 'nav.back' });
      expect(actor.getSnapshot().matches('start')).toBe(true);
      expect(actor.getSnapshot().context.answers).toEqual(answers);
    },
  );

  it('from the result returns to the review, and from the review to the last question', () => {
    const actor = started();
    answerOn(actor, { substances: ['cannabis'] });
    actor.send({ type: 'review.confirm' });
    expect(actor.getSnapshot().matches('result')).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.stepId).toBe('self-harm');
  });
});

describe('an answer', () => {
  it('for another page than the one shown is ignored', () => {
    const actor = started();
    actor.send(submit('substances', ['alcohol']));
    expect(actor.getSnapshot().context.stepId).toBe('audience');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('that hides questions drops their answers, and signs answered about a substance taken away', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol', 'cannabis'] }, 'injecting');
    expect(actor.getSnapshot().context.answers['frequency.cannabis']).toBeDefined();
    expect(actor.getSnapshot().context.answers['craving.which']).toEqual(['alcohol', 'cannabis']);
    for (let i = 0; i < 40 && actor.getSnapshot().context.stepId !== 'substances'; i++) {
      actor.send({ type: 'nav.back' });
    }
    actor.send(submit('substances', ['alcohol']));
    const { answers } = actor.getSnapshot().context;
    expect(answers['frequency.cannabis']).toBeUndefined();
    expect(answers['craving.which']).toBeUndefined();
    // The yes was about alcohol and cannabis together: it says nothing about alcohol alone.
    expect(answers['craving']).toBeUndefined();
    expect(actor.getSnapshot().context.stepId).toBe('alcohol-days');
  });
});

describe('Change from check-your-answers', () => {
  it('returns to the review straight after a change that reveals nothing', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] });
    actor.send({ type: 'review.change', stepId: 'age-group' });
    expect(actor.getSnapshot().context.stepId).toBe('age-group');
    actor.send(submit('age-group', '65-plus'));
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.answers['age-group']).toBe('65-plus');
  });

  it('goes through exactly the pages a change made relevant, in order, then to the review', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] });
    actor.send({ type: 'review.change', stepId: 'substances' });
    actor.send(submit('substances', ['alcohol', 'cannabis']));
    const visited: string[] = [];
    while (actor.getSnapshot().matches('question')) {
      const stepId = actor.getSnapshot().context.stepId ?? '';
      visited.push(stepId);
      answerCurrent(actor);
    }
    // Each sign page now names cannabis too, so it is asked again (a "no" about alcohol says
    // nothing about cannabis); each yes asks which of the two; mixing needs two substances.
    expect(visited).toEqual([
      'frequency.cannabis',
      ...signIds.flatMap((s) => [s, `${s}.which`]),
      'mixing',
    ]);
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.answers['craving.which']).toEqual(['alcohol', 'cannabis']);
  });

  it('Back during a change returns to the review and keeps the old answer', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] });
    actor.send({ type: 'review.change', stepId: 'age-group' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
    expect(actor.getSnapshot().context.answers['age-group']).toBe('under-15');
  });

  it('Back from a follow-up the change made relevant goes to the changed page, not the review', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol', 'cannabis'], craving: 'no' });
    actor.send({ type: 'review.change', stepId: 'craving' });
    actor.send(submit('craving', 'yes'));
    expect(actor.getSnapshot().context.stepId).toBe('craving.which');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.stepId).toBe('craving');
    expect(actor.getSnapshot().context.returnToReview).toBe(true);
    actor.send(submit('craving', 'yes'));
    actor.send(submit('craving.which', ['cannabis']));
    expect(actor.getSnapshot().matches('review')).toBe(true);
  });

  it('sends "see the result" with a page unanswered to that page, then back to the review', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] });
    const snapshot = actor.getSnapshot();
    // A review reached with a gap (as after a restored history entry) must not be a dead end.
    const gap = createActor(machine, {
      input: {},
      snapshot: {
        ...snapshot,
        context: {
          ...snapshot.context,
          answers: Object.fromEntries(
            Object.entries(snapshot.context.answers).filter(([id]) => id !== 'craving'),
          ),
        },
      } as typeof snapshot,
    }).start();
    gap.send({ type: 'review.confirm' });
    expect(gap.getSnapshot().context.stepId).toBe('craving');
    gap.send(submit('craving', 'no'));
    expect(gap.getSnapshot().matches('review')).toBe(true);
    gap.send({ type: 'review.confirm' });
    expect(gap.getSnapshot().matches('result')).toBe(true);
  });

  it('cannot open a page that is not shown', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] });
    actor.send({ type: 'review.change', stepId: 'frequency.cannabis' });
    expect(actor.getSnapshot().matches('review')).toBe(true);
  });
});

describe('the browser history', () => {
  it('restores an earlier page but never one whose earlier pages are unanswered', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] }, 'alcohol-days');
    actor.send({ type: 'history.restore', location: { screen: 'question', stepId: 'craving' } });
    expect(actor.getSnapshot().context.stepId).toBe('alcohol-days');
    actor.send({ type: 'history.restore', location: { screen: 'question', stepId: 'age-group' } });
    expect(actor.getSnapshot().context.stepId).toBe('age-group');
    actor.send({ type: 'history.restore', location: { screen: 'result' } });
    expect(actor.getSnapshot().matches('question')).toBe(true);
    actor.send({ type: 'history.restore', location: { screen: 'start' } });
    expect(actor.getSnapshot().matches('start')).toBe(true);
  });
});

describe('Start again', () => {
  it('forgets every answer', () => {
    const actor = started();
    answerOn(actor, { substances: ['alcohol'] });
    actor.send({ type: 'review.confirm' });
    actor.send({ type: 'flow.restart' });
    expect(actor.getSnapshot().matches('start')).toBe(true);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});

describe("the clinician's import view", () => {
  it('opens from the start page only, holds no answers, and closes back to the start', () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'handover.open' });
    expect(actor.getSnapshot().value).toBe('handover');
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'handover.close' });
    expect(actor.getSnapshot().value).toBe('start');
    actor.send({ type: 'flow.start' });
    actor.send({ type: 'handover.open' });
    expect(actor.getSnapshot().value).toBe('question');
  });

  it('is where the browser history says, going back and forth', () => {
    const actor = started();
    actor.send({ type: 'history.restore', location: { screen: 'handover' } });
    expect(actor.getSnapshot().value).toBe('handover');
    actor.send({ type: 'history.restore', location: { screen: 'start' } });
    expect(actor.getSnapshot().value).toBe('start');
  });
});
