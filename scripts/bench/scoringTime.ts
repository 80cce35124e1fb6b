import { performance } from 'node:perf_hooks';
import type { Answer, Answers } from '../../src/questionnaire/answers';
import type { Questionnaire } from '../../src/questionnaire/questionnaire';
import type { Step } from '../../src/questionnaire/steps';
import { conditionHolds, stepOptions } from '../../src/questionnaire/visibility';
import { assess } from '../../src/scoring/assess';

/** A seeded PRNG (mulberry32): the same seed gives the same answer sets on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random answer a person could give on this page: one option; a number in the page's range; or,
 * on a multiple-choice page, its "none of these" now and then, otherwise each option with a
 * chance of one in four (at least one).
 */
function randomAnswer(
  step: Step,
  answers: Answers,
  substancesId: string,
  random: () => number,
): Answer {
  const options = stepOptions(step, answers, substancesId);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  if (step.kind === 'number') {
    const min = step.min ?? 0;
    const max = step.max ?? min + 30;
    return min + Math.floor(random() * (max - min + 1));
  }
  if (step.kind === 'single') return pick(options)?.code ?? '';
  const exclusive = options.filter((o) => o.exclusive);
  const others = options.filter((o) => !o.exclusive);
  if (exclusive.length > 0 && random() < 0.1) return [pick(exclusive)?.code ?? ''];
  const chosen = others.filter(() => random() < 0.25).map((o) => o.code);
  return chosen.length > 0 ? chosen : [pick(others)?.code ?? ''];
}

/**
 * `count` whole journeys' answers, each made by answering every page shown, in order, at random:
 * what the app would assess, with the per-substance and "which of them?" pages that follow. Pages
 * are shown by conditions on earlier pages only (src/questionnaire/visibility.ts), so one pass over
 * the pages in order is the journey.
 */
export function randomAnswerSets(questionnaire: Questionnaire, count: number, seed = 1): Answers[] {
  const random = seededRandom(seed);
  const sets: Answers[] = [];
  for (let n = 0; n < count; n += 1) {
    const answers: Record<string, Answer> = {};
    for (const step of questionnaire.steps) {
      if (step.condition && !conditionHolds(step.condition, answers)) continue;
      answers[step.id] = randomAnswer(step, answers, questionnaire.substancesId, random);
    }
    sets.push(answers);
  }
  return sets;
}

export interface ScoringTime {
  sets: number;
  totalMs: number;
  /** Mean microseconds per assessment. */
  perSetUs: number;
}

/** Times `assess` over every set, after an untimed pass over the first thousand to warm the JIT. */
export function timeScoring(questionnaire: Questionnaire, sets: readonly Answers[]): ScoringTime {
  let sink = 0;
  for (const answers of sets.slice(0, 1000))
    sink += assess(questionnaire, answers).substances.length;
  const start = performance.now();
  for (const answers of sets) sink += assess(questionnaire, answers).substances.length;
  const totalMs = performance.now() - start;
  // Uses the results, so no engine can skip the work.
  if (sink < 0) throw new Error('unreachable');
  return { sets: sets.length, totalMs, perSetUs: (totalMs * 1000) / sets.length };
}
