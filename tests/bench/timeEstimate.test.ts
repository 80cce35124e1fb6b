import { describe, expect, it } from 'vitest';
import daUi from '../../src/i18n/locales/da/ui.json';
import enUi from '../../src/i18n/locales/en/ui.json';
import {
  answersGiven,
  commonJourneys,
  countWords,
  danishTexts,
  estimate,
  journeyTime,
  readingSeconds,
  statedMinutes,
} from '../../scripts/bench/timeEstimate';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

describe('the time estimate', () => {
  it('counts words, not spaces or dashes', () => {
    expect(countWords('Det tager omkring 10 minutter – lidt længere.', undefined)).toBe(7);
  });

  it('reads 150 words a minute and counts each ticked box as an answer', () => {
    expect(readingSeconds(150)).toBe(60);
    expect(answersGiven('yes')).toBe(1);
    expect(answersGiven({ digits: '12' })).toBe(1);
    expect(answersGiven(['alcohol', 'cannabis', 'sedatives'])).toBe(3);
  });

  it('takes longer with more pages: three substances over one without signs', async () => {
    const i18n = await danishTexts();
    const short = journeyTime(questionnaire, i18n, commonJourneys['self, alcohol, no signs'], 0);
    const long = journeyTime(
      questionnaire,
      i18n,
      commonJourneys['self, three substances, signs (the bench journey)'],
      0,
    );
    expect(long.pages).toBeGreaterThan(short.pages);
    expect(long.seconds).toBeGreaterThan(short.seconds);
    // Each page read and answered: at least the answers' seconds, plus words.
    expect(short.seconds).toBeGreaterThan(short.answers * 3);
  });

  it('states the middle journey to the nearest 5 minutes', () => {
    expect(statedMinutes([8.3, 9.1, 9.1, 12, 14.4])).toBe(10);
    expect(statedMinutes([2, 3, 4])).toBe(5);
    expect(statedMinutes([13, 16, 20])).toBe(15);
  });

  it('is what the start page says, in both languages', async () => {
    const { stated, fewest, most } = await estimate();
    expect(stated).toBeGreaterThanOrEqual(fewest);
    expect(stated).toBeLessThanOrEqual(most);
    expect(daUi.start.points.time).toContain(`omkring ${stated} minutter`);
    expect(enUi.start.points.time).toContain(`about ${stated} minutes`);
  });
});
