import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createFlowMachine, type FlowEvent } from '../../src/flow/flowMachine';
import { answerCodes } from '../../src/questionnaire/answers';
import type { Step } from '../../src/questionnaire/steps';
import { stepOptions, visibleAnswers, visibleSteps } from '../../src/questionnaire/visibility';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const machine = createFlowMachine(questionnaire);
type Snapshot = SnapshotFrom<typeof machine>;

const substanceChoices = [
  ['none'],
  ['alcohol'],
  ['cannabis'],
  ['alcohol', 'sedatives'],
  ['opioids', 'stimulants'],
];
const isSign = (step: Step) =>
  step.measures.some((m) => m.type === 'criterion') && !!step.substanceScope;
const routingItems = ['audience', 'substances', 'injecting'];

function stepOf(snapshot: Snapshot): Step | undefined {
  return questionnaire.steps.find((s) => s.id === snapshot.context.stepId);
}

/** The first sign answer given; later signs repeat it, which keeps the state space small. */
function signAnswer(snapshot: Snapshot): string | undefined {
  const sign = questionnaire.steps.find((s) => isSign(s) && snapshot.context.answers[s.id]);
  return sign && answerCodes(snapshot.context.answers[sign.id])[0];
}

/** A bounded set of answers per page: every routing choice, one answer elsewhere. */
function answersFor(snapshot: Snapshot, step: Step): FlowEvent[] {
  const submit = (answer: string | string[] | number): FlowEvent => ({
    type: 'answer.submit',
    stepId: step.id,
    answer,
  });
  const options = stepOptions(step, snapshot.context.answers, questionnaire.substancesId);
  if (step.id === 'substances') return substanceChoices.map(submit);
  if (step.followUpOf) return [submit(options.map((o) => o.code))];
  if (isSign(step)) {
    const given = signAnswer(snapshot);
    return given ? [submit(given)] : [submit('yes'), submit('no')];
  }
  if (routingItems.includes(step.id)) return options.map((o) => submit(o.code));
  if (step.kind === 'number') return [submit(step.min ?? 0)];
  return [submit(options[0]?.code ?? '')];
}

/** Forward answers first (the walk to a result takes the first event), then Back and Change. */
function events(snapshot: Snapshot): FlowEvent[] {
  if (snapshot.matches('start')) return [{ type: 'flow.start' }];
  if (snapshot.matches('review')) {
    return [
      { type: 'review.confirm' },
      { type: 'review.change', stepId: 'substances' },
      { type: 'review.change', stepId: 'craving' },
    ];
  }
  const step = stepOf(snapshot);
  if (!snapshot.matches('question') || !step) return [];
  return [...answersFor(snapshot, step), { type: 'nav.back' }];
}

function serializeState(snapshot: Snapshot): string {
  const { answers, stepId, returnToReview } = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    snapshot.matches('question') ? stepId : null,
    returnToReview,
    answers.audience ?? null,
    answers.substances ?? null,
    signAnswer(snapshot) ?? null,
    answers.injecting ?? null,
  ]);
}

describe('every path of the flow machine over the real questionnaire', () => {
  const toResult = getShortestPaths(machine, {
    input: {},
    events,
    serializeState,
    toState: (s) => s.matches('result'),
  });

  it('reaches a result for every audience, substance choice, sign answer and injecting answer', () => {
    const endings = new Set(toResult.map((p) => serializeState(p.state)));
    // none: 1; alcohol: yes/no; cannabis: yes/no; alcohol+sedatives and opioids+stimulants:
    // yes/no × injecting (sedatives, opioids and stimulants ask about injecting): yes/no for the
    // person themselves, and yes/no/don't know for a relative or a clinician.
    expect(endings.size).toBe(1 + 2 + 2 + 4 + 4 + 2 * (1 + 2 + 2 + 6 + 6));
  });

  it.each(toResult.map((p) => [serializeState(p.state), p] as const))(
    'path to %s answers every page shown and keeps no hidden answer',
    (_, path) => {
      const { answers } = path.state.context;
      expect(path.state.matches('result')).toBe(true);
      expect(visibleAnswers(questionnaire.steps, answers)).toEqual(answers);
      const shown = visibleSteps(questionnaire.steps, answers).map((s) => s.id);
      expect(Object.keys(answers).sort()).toEqual([...shown].sort());
      const questionsVisited = path.steps.filter((s) => s.event.type === 'answer.submit').length;
      expect(questionsVisited).toBe(shown.length);
    },
  );

  it('leaves no dead end: from every reachable state, answering on reaches the result', () => {
    const everywhere = getShortestPaths(machine, { input: {}, events, serializeState });
    expect(everywhere.length).toBeGreaterThan(100);
    for (const path of everywhere) {
      const actor = createActor(machine, { snapshot: path.state, input: {} }).start();
      for (
        let i = 0;
        i < questionnaire.steps.length + 3 && !actor.getSnapshot().matches('result');
        i++
      ) {
        const next = events(actor.getSnapshot())[0];
        if (!next) break;
        actor.send(next);
      }
      expect(actor.getSnapshot().matches('result'), serializeState(path.state)).toBe(true);
      actor.stop();
    }
  });
});
