import { describe, expect, it, vi } from 'vitest';
import type { FlowEvent, FlowInput } from '../../src/flow/flowMachine';
import { runFlow } from '../../src/flow/runFlow';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const answered = completeAnswers({ audience: 'self' });
const firstStep = questionnaire.steps[0]?.id;

/** The machine as the journey starts it, given what the start page chose, and its first event. */
function startedWith(input: FlowInput, first: FlowEvent) {
  const flow = runFlow(questionnaire, input);
  flow.send(first);
  return flow;
}

describe('the flow machine as the journey starts it', () => {
  it('begins on the start page with what the start page chose', () => {
    const flow = runFlow(questionnaire, { answers: answered, keepOnReload: true });
    expect(flow.view()).toEqual({
      location: { screen: 'start' },
      answers: answered,
      keepOnReload: true,
    });
    expect(flow.questionnaire).toBe(questionnaire);
    expect(flow.error()).toBeUndefined();
  });

  it('goes from Start to the first question', () => {
    const flow = startedWith({}, { type: 'flow.start' });
    expect(flow.view().location).toEqual({ screen: 'question', stepId: firstStep });
  });

  it('keeps the choice to remember the answers that the start page made', () => {
    const flow = startedWith({ keepOnReload: true }, { type: 'flow.start' });
    expect(flow.view().keepOnReload).toBe(true);
  });

  it('carries on where answers kept from before a reload end: every page answered is the review', () => {
    const flow = startedWith({ answers: answered, keepOnReload: true }, { type: 'flow.start' });
    expect(flow.view().location).toEqual({ screen: 'review' });
  });

  it('opens the privacy page from the start page, and goes back there', () => {
    const flow = startedWith({}, { type: 'privacy.open', from: { screen: 'start' } });
    expect(flow.view().location).toEqual({ screen: 'privacy' });
    flow.send({ type: 'privacy.close' });
    expect(flow.view().location).toEqual({ screen: 'start' });
  });

  it("opens the clinician's import view from the start page", () => {
    const flow = startedWith({}, { type: 'handover.open' });
    expect(flow.view().location).toEqual({ screen: 'handover' });
  });

  it('forgets everything on a restart, the choice to keep the answers too', () => {
    const flow = startedWith({ answers: answered, keepOnReload: true }, { type: 'flow.start' });
    flow.send({ type: 'flow.restart' });
    expect(flow.view()).toEqual({
      location: { screen: 'start' },
      answers: {},
      keepOnReload: false,
    });
  });

  it('tells its listeners of a change, keeps the view while nothing changes, and stops telling', () => {
    const flow = runFlow(questionnaire, {});
    const listener = vi.fn();
    const stop = flow.subscribe(listener);
    flow.send({ type: 'flow.start' });
    expect(listener).toHaveBeenCalled();
    const view = flow.view();
    // An event the machine ignores here changes nothing: the pages see the same view.
    flow.send({ type: 'review.confirm' });
    expect(flow.view()).toBe(view);
    stop();
    listener.mockClear();
    flow.send({ type: 'nav.back' });
    expect(listener).not.toHaveBeenCalled();
    expect(flow.view().location).toEqual({ screen: 'start' });
  });

  it('reports a machine that breaks, for the error boundary, rather than throwing', () => {
    const failure = new Error('a bug reached by Start');
    // A questionnaire whose pages cannot be read: the machine's first step throws inside an action.
    const broken = Object.defineProperty({ ...questionnaire }, 'steps', {
      get: () => {
        throw failure;
      },
    });
    const flow = runFlow(broken, {});
    expect(() => flow.send({ type: 'flow.start' })).not.toThrow();
    expect(flow.error()).toBe(failure);
  });
});
