import fc from 'fast-check';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import type { Questionnaire } from '../../src/questionnaire/questionnaire';
import type { Step } from '../../src/questionnaire/steps';
import { conditionHolds, stepOptions } from '../../src/questionnaire/visibility';

/** Raw draws for one page, turned into a valid answer once the earlier answers are known. */
interface Draw {
  pick: number;
  alone: boolean;
  ticks: boolean[];
  turn: number;
}

function drawArb(step: Step): fc.Arbitrary<Draw> {
  const count = step.options.length;
  return fc.record({
    pick: fc.nat(),
    alone: fc.boolean(),
    ticks: fc.array(fc.boolean(), { minLength: count, maxLength: count }),
    turn: fc.nat(),
  });
}

function answerFrom(
  step: Step,
  options: readonly string[],
  exclusive: readonly string[],
  draw: Draw,
) {
  if (step.kind === 'number') {
    const min = step.min ?? 0;
    return min + (draw.pick % ((step.max ?? min) - min + 1));
  }
  const picked = options[draw.pick % options.length] ?? '';
  if (step.kind === 'single') return picked;
  const ticked = options.filter((code, i) => draw.ticks[i] && !exclusive.includes(code));
  const chosen = draw.alone || ticked.length === 0 ? [picked] : ticked;
  // Turned round, as a person ticking boxes in any order leaves them.
  const turn = draw.turn % chosen.length;
  return [...chosen.slice(turn), ...chosen.slice(0, turn)];
}

/**
 * A finished journey through the questionnaire: every page shown answered with something the page
 * offers, nothing else; a choice of several in any order, an exclusive option always alone.
 */
export function finishedJourneyArb(questionnaire: Questionnaire): fc.Arbitrary<Answers> {
  const { steps, substancesId } = questionnaire;
  return fc.tuple(...steps.map(drawArb)).map((draws) => {
    const answers: Record<string, Answer> = {};
    steps.forEach((step, i) => {
      const draw = draws[i];
      if (!draw || (step.condition && !conditionHolds(step.condition, answers))) return;
      const offered = stepOptions(step, answers, substancesId);
      const codes = offered.map((o) => o.code);
      const exclusive = offered.filter((o) => o.exclusive).map((o) => o.code);
      answers[step.id] = answerFrom(step, codes, exclusive, draw);
    });
    return answers;
  });
}

/** The answers with every choice of several in the page's option order, as the decoder gives them. */
export function inOptionOrder(questionnaire: Questionnaire, answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => {
      const step = questionnaire.steps.find((s) => s.id === id);
      if (!step || !Array.isArray(answer)) return [id, answer];
      const order = step.options.map((o) => o.code);
      return [
        id,
        [...(answer as readonly string[])].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
      ];
    }),
  );
}
