import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine, type FlowEvent } from '../../src/flow/flowMachine';
import { canVisitStep } from '../../src/flow/navigation';
import { answerCodes, type Answer, type Answers } from '../../src/questionnaire/answers';
import type { Step } from '../../src/questionnaire/steps';
import { stepSubstances } from '../../src/questionnaire/stepSubstances';
import { stepOptions, visibleSteps } from '../../src/questionnaire/visibility';
import { assess } from '../../src/scoring/assess';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

/*
 * A person who answers, goes Back, and changes answers from the review in any order, over the real
 * questionnaire. Whatever they did, the result rests only on what they last said on each page, and
 * a sign counts only for a substance its page named when they answered it.
 */

const machine = createFlowMachine(questionnaire);
const { steps, substancesId } = questionnaire;

const substanceChoices: readonly (readonly string[])[] = [
  ['none'],
  ['alcohol'],
  ['cannabis'],
  ['nicotine'],
  ['alcohol', 'cannabis'],
  ['sedatives'],
  ['alcohol', 'opioids', 'stimulants'],
];

const isSignPage = (step: Step) =>
  step.substanceScope !== undefined &&
  step.followUpOf === undefined &&
  step.measures.some((m) => m.type === 'criterion');

function answerFor(step: Step, answers: Answers, choice: number): Answer {
  if (step.id === substancesId) return substanceChoices[choice % substanceChoices.length] ?? [];
  const options = stepOptions(step, answers, substancesId);
  if (step.kind === 'number') {
    const min = step.min ?? 0;
    return min + (choice % ((step.max ?? min + 10) - min + 1));
  }
  if (step.kind === 'multiple') {
    const some = options.filter((_, i) => (choice >> i) & 1);
    return (some.length > 0 ? some : options.slice(0, 1)).map((o) => o.code);
  }
  return options[choice % options.length]?.code ?? '';
}

/** What the person last sent on each page, and the substances that page named then. */
interface Said {
  answer: Map<string, Answer>;
  named: Map<string, readonly string[]>;
}

function nextEvent(
  snapshot: ReturnType<ReturnType<typeof createActor<typeof machine>>['getSnapshot']>,
  choice: number,
  said: Said,
): FlowEvent | undefined {
  const { answers, stepId } = snapshot.context;
  if (snapshot.matches('start')) return { type: 'flow.start' };
  if (snapshot.matches('result')) return { type: 'nav.back' };
  if (snapshot.matches('review')) {
    if (choice % 3 !== 0) return { type: 'review.confirm' };
    const visitable = visibleSteps(steps, answers).filter((s) =>
      canVisitStep(questionnaire, answers, s.id),
    );
    // Half the changes are to the substances: the change that moves signs between substances.
    const target = choice % 2 === 0 ? substancesId : visitable[choice % visitable.length]?.id;
    return target ? { type: 'review.change', stepId: target } : { type: 'review.confirm' };
  }
  const step = steps.find((s) => s.id === stepId);
  if (!snapshot.matches('question') || !step) return undefined;
  if (choice % 13 === 0) return { type: 'nav.back' };
  const answer = answerFor(step, answers, choice >> 4);
  said.answer.set(step.id, answer);
  said.named.set(step.id, stepSubstances(step, answers, substancesId));
  return { type: 'answer.submit', stepId: step.id, answer };
}

function expectResultRestsOnWhatWasSaid(answers: Answers, said: Said) {
  // Every answer the result holds is the last one given on its page: none lost, none invented.
  for (const step of visibleSteps(steps, answers)) {
    expect(answers[step.id], step.id).toEqual(said.answer.get(step.id));
  }
  const assessment = assess(questionnaire, answers);
  // Each counted sign was answered on a page that named its substance.
  for (const substance of assessment.substances) {
    for (const finding of substance.criteria) {
      for (const evidence of finding.evidence) {
        const step = steps.find((s) => s.id === evidence);
        if (step && isSignPage(step)) {
          expect(said.named.get(evidence), `${evidence} for ${substance.substance}`).toContain(
            substance.substance,
          );
        }
      }
    }
  }
  // Each safety answer on a page still shown is in the result.
  for (const step of visibleSteps(steps, answers)) {
    for (const measure of step.measures) {
      if (measure.type !== 'flag') continue;
      const raised = measure.raisedBy.some((c) =>
        answerCodes(said.answer.get(step.id)).includes(c),
      );
      const found = assessment.flags.find((f) => f.flag === measure.flag);
      expect(found?.evidence.includes(step.id) ?? false, `${step.id} → ${measure.flag}`).toBe(
        raised,
      );
    }
  }
  // Thoughts of self-harm and an overdose are asked of everyone, so they are always shown.
  const shown = visibleSteps(steps, answers).map((s) => s.id);
  expect(shown).toEqual(expect.arrayContaining(['self-harm', 'overdose']));
}

describe('the flow machine: what the result rests on, over any order of events', () => {
  it('holds only the last answer given on each shown page, signs only for substances their page named, and every safety answer', () => {
    let results = 0;
    let changesOfSubstances = 0;
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1 << 16 }), { minLength: 40, maxLength: 160 }),
        (choices) => {
          const actor = createActor(machine, { input: {} }).start();
          const said: Said = { answer: new Map(), named: new Map() };
          for (const choice of choices) {
            const snapshot = actor.getSnapshot();
            if (snapshot.matches('result')) {
              results += 1;
              expectResultRestsOnWhatWasSaid(snapshot.context.answers, said);
            }
            const event = nextEvent(snapshot, choice, said);
            if (!event) break;
            if (event.type === 'review.change' && event.stepId === substancesId) {
              changesOfSubstances += 1;
            }
            actor.send(event);
          }
          actor.stop();
        },
      ),
      { numRuns: 200 },
    );
    // The property is only as good as the walks that reach a result after a change.
    expect(results).toBeGreaterThan(100);
    expect(changesOfSubstances).toBeGreaterThan(100);
    // Sized for a busy two-core machine: the walks take a few seconds on a quiet one.
  });
});
