import { describe, expect, it } from 'vitest';
import { allAnswered } from '../../src/flow/navigation';
import { answerCodes } from '../../src/questionnaire/answers';
import { visibleAnswers } from '../../src/questionnaire/visibility';
import { randomAnswerSets, seededRandom, timeScoring } from '../../scripts/bench/scoringTime';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

describe('random answer sets for the scoring time', () => {
  const sets = randomAnswerSets(questionnaire, 300, 7);

  it('are the same for the same seed and differ for another', () => {
    expect(randomAnswerSets(questionnaire, 300, 7)).toEqual(sets);
    expect(randomAnswerSets(questionnaire, 300, 8)).not.toEqual(sets);
    const random = seededRandom(1);
    const draws = Array.from({ length: 1000 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('are whole journeys: every page shown answered, nothing answered on a hidden page', () => {
    for (const answers of sets) {
      expect(allAnswered(questionnaire, answers)).toBe(true);
      expect(visibleAnswers(questionnaire.steps, answers)).toEqual(answers);
    }
  });

  it('vary: "none", one substance and several; short and long journeys', () => {
    const substances = sets.map((answers) => answerCodes(answers[questionnaire.substancesId]));
    expect(substances.some((codes) => codes.includes('none'))).toBe(true);
    expect(substances.some((codes) => codes.length === 1 && !codes.includes('none'))).toBe(true);
    expect(substances.some((codes) => codes.length >= 3)).toBe(true);
    expect(sets.some((answers) => Object.keys(answers).some((id) => id.endsWith('.which')))).toBe(
      true,
    );
  });

  it('are all assessed, and timed', () => {
    const time = timeScoring(questionnaire, sets);
    expect(time.sets).toBe(300);
    expect(time.totalMs).toBeGreaterThan(0);
    expect(time.perSetUs).toBeCloseTo((time.totalMs * 1000) / 300);
  });
});
