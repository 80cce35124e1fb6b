import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { FlowEvent, FlowInput } from '../../src/flow/flowMachine';
import { createFlowStore, type FlowSnapshot, type StartFlow } from '../../src/flow/flowStore';
import { runFlow } from '../../src/flow/runFlow';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const start: StartFlow = (input) => runFlow(questionnaire, input);

/** A store whose journey loads only when the test says so. */
function storeLoadingOnCue(input: FlowInput = {}) {
  let arrive: (startFlow: StartFlow) => void = () => undefined;
  const startFlow = vi.fn(
    () =>
      new Promise<StartFlow>((resolve) => {
        arrive = resolve;
      }),
  );
  const store = createFlowStore(startFlow, input);
  return { store, startFlow, arrive: (startFlow: StartFlow = start) => arrive(startFlow) };
}

const where = (snapshot: FlowSnapshot) => ({
  location: snapshot.location,
  answers: snapshot.answers,
  keepOnReload: snapshot.keepOnReload,
});

const answered = completeAnswers({ audience: 'self' });

describe('the flow before the journey has loaded', () => {
  it('shows the start page with the answers it was given, and loads nothing by itself', () => {
    const { store, startFlow } = storeLoadingOnCue({ answers: answered, keepOnReload: true });
    expect(store.getSnapshot()).toMatchObject({
      status: 'waiting',
      pending: false,
      location: { screen: 'start' },
      answers: answered,
      keepOnReload: true,
      questionnaire: undefined,
    });
    expect(startFlow).not.toHaveBeenCalled();
  });

  it('keeps the events that leave the start page, in order, and delivers them once loaded', async () => {
    const { store, startFlow, arrive } = storeLoadingOnCue();
    store.send({ type: 'privacy.open', from: { screen: 'start' } });
    store.send({ type: 'privacy.close' });
    store.send({ type: 'flow.start' });
    expect(startFlow).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toMatchObject({ status: 'waiting', pending: true });
    expect(store.getSnapshot().location).toEqual({ screen: 'start' });
    arrive();
    await store.load();
    expect(store.getSnapshot()).toMatchObject({
      status: 'running',
      location: { screen: 'question', stepId: questionnaire.steps[0]?.id },
      questionnaire,
    });
  });

  it('answers the start page’s own choices at once, and tells whoever listens', () => {
    const { store } = storeLoadingOnCue({ answers: answered });
    const seen: FlowSnapshot[] = [];
    store.subscribe((snapshot) => seen.push(snapshot));
    store.send({ type: 'resume.set', keep: true });
    expect(store.getSnapshot().keepOnReload).toBe(true);
    store.send({ type: 'flow.restart' });
    expect(where(store.getSnapshot())).toEqual({
      location: { screen: 'start' },
      answers: {},
      keepOnReload: false,
    });
    expect(seen.map((s) => s.keepOnReload)).toEqual([true, false]);
  });

  it('forgets a waiting move when the answers are deleted before the journey arrives', async () => {
    const { store, arrive } = storeLoadingOnCue({ answers: answered });
    store.send({ type: 'flow.start' });
    store.send({ type: 'flow.restart' });
    arrive();
    await store.load();
    expect(where(store.getSnapshot())).toEqual({
      location: { screen: 'start' },
      answers: {},
      keepOnReload: false,
    });
  });

  it('answers the start page exactly as the machine does, whatever the person does first', () => {
    const startPageEvent = fc.oneof(
      fc.boolean().map((keep): FlowEvent => ({ type: 'resume.set', keep })),
      fc.constant<FlowEvent>({ type: 'flow.restart' }),
    );
    const input = fc.record({
      answers: fc.constantFrom({}, { audience: 'self' }, answered),
      keepOnReload: fc.boolean(),
    });
    fc.assert(
      fc.property(input, fc.array(startPageEvent, { maxLength: 6 }), (given, events) => {
        const { store } = storeLoadingOnCue(given);
        const machine = runFlow(questionnaire, given);
        for (const event of events) {
          store.send(event);
          machine.send(event);
        }
        expect(store.getSnapshot().status).toBe('waiting');
        expect(where(store.getSnapshot())).toEqual(machine.view());
      }),
    );
  });
});

describe('the flow once loaded', () => {
  it('loads once however often asked, and resolves the same promise', async () => {
    const startFlow = vi.fn(() => Promise.resolve(start));
    const store = createFlowStore(startFlow);
    const first = store.load();
    expect(store.load()).toBe(first);
    store.send({ type: 'flow.start' });
    await first;
    expect(startFlow).toHaveBeenCalledTimes(1);
  });

  it('passes events straight to the machine and publishes each change once', async () => {
    const store = createFlowStore(() => Promise.resolve(start));
    await store.load();
    const seen: FlowSnapshot[] = [];
    store.subscribe((snapshot) => seen.push(snapshot));
    store.send({ type: 'flow.start' });
    expect(store.getSnapshot().location.screen).toBe('question');
    // An event the machine ignores changes nothing, so nobody is told and the snapshot is the same.
    const before = store.getSnapshot();
    store.send({ type: 'review.confirm' });
    expect(store.getSnapshot()).toBe(before);
    expect(seen).toHaveLength(1);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const store = createFlowStore(() => Promise.resolve(start));
    await store.load();
    const next = vi.fn();
    store.subscribe({ next }).unsubscribe();
    store.send({ type: 'flow.start' });
    expect(next).not.toHaveBeenCalled();
  });
});

describe('a journey that cannot load', () => {
  it('leaves the start page as it was when nobody waited for it, and tries again later', async () => {
    const startFlow = vi
      .fn<() => Promise<StartFlow>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(start);
    const store = createFlowStore(startFlow);
    await expect(store.load()).resolves.toBeUndefined();
    expect(store.getSnapshot()).toMatchObject({ status: 'waiting', pending: false });
    store.send({ type: 'flow.start' });
    await store.load();
    expect(store.getSnapshot()).toMatchObject({
      status: 'running',
      location: { screen: 'question' },
    });
    expect(startFlow).toHaveBeenCalledTimes(2);
  });

  it('says so when somebody waited, keeps the start page working, and tries again at the next press', async () => {
    const startFlow = vi
      .fn<() => Promise<StartFlow>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(start);
    const store = createFlowStore(startFlow, { answers: answered, keepOnReload: true });
    store.send({ type: 'flow.start' });
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ status: 'failed', location: { screen: 'start' } });
    // The start page's own choices still work: delete the answers, untick keeping them.
    store.send({ type: 'flow.restart' });
    expect(store.getSnapshot()).toMatchObject({
      status: 'waiting',
      answers: {},
      keepOnReload: false,
    });
    store.send({ type: 'flow.start' });
    await store.load();
    expect(store.getSnapshot()).toMatchObject({
      status: 'running',
      location: { screen: 'question' },
    });
  });

  it('never rejects, even when starting the machine throws', async () => {
    const store = createFlowStore(() =>
      Promise.resolve<StartFlow>(() => {
        throw new Error('broken');
      }),
    );
    store.send({ type: 'flow.start' });
    await expect(store.load()).resolves.toBeUndefined();
    expect(store.getSnapshot().status).toBe('failed');
  });
});

describe('a machine that breaks', () => {
  it('is a snapshot with the status "error", for the error boundary', async () => {
    const failure = new Error('a bug reached by Start');
    // A questionnaire whose pages cannot be read: the machine's first step throws inside an action.
    const broken = Object.defineProperty({ ...questionnaire }, 'steps', {
      get: () => {
        throw failure;
      },
    });
    const store = createFlowStore(() =>
      Promise.resolve<StartFlow>((input) => runFlow(broken, input)),
    );
    await store.load();
    expect(store.getSnapshot().status).toBe('running');
    store.send({ type: 'flow.start' });
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: failure });
  });
});
