import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answerFor,
  resultJourneys,
  screenshotName,
  type ResultJourney,
} from '../../scripts/resultJourneys';
import { resultLevels } from '../../src/scoring/assessment';

const journey = (name: string): ResultJourney => {
  const found = resultJourneys.find((j) => j.name === name);
  if (!found) throw new Error(`No journey ${name}`);
  return found;
};

describe('the result types photographed for docs/screenshots.md', () => {
  it('reach every level, every flag and every audience', () => {
    expect(new Set(resultJourneys.map((j) => j.expectedLevel))).toEqual(new Set(resultLevels));
    expect(new Set(resultJourneys.flatMap((j) => j.expectedFlags))).toEqual(
      new Set(['urgent', 'harm-reduction', 'do-not-stop-abruptly']),
    );
    expect(new Set(resultJourneys.map((j) => j.audience))).toEqual(
      new Set(['self', 'relative', 'clinician']),
    );
  });

  it('include "None of these" and a pregnant drinker', () => {
    expect(journey('none-of-these-self').answers.substances).toEqual(['none']);
    const pregnant = journey('pregnant-self');
    expect(pregnant.answers.pregnancy).toBe('yes');
    expect(pregnant.answers.substances).toContain('alcohol');
  });

  it('give every file a name of its own, Danish always and English for three', () => {
    const names = resultJourneys.flatMap((j) =>
      j.languages.flatMap((language) => [375, 1280].map((w) => screenshotName(j, language, w))),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(resultJourneys.every((j) => j.languages.includes('da'))).toBe(true);
    expect(resultJourneys.filter((j) => j.languages.includes('en'))).toHaveLength(3);
    expect(screenshotName(journey('moderate-self'), 'da', 375)).toBe(
      'result-moderate-self-da-375.png',
    );
  });
});

it('docs/screenshots.md links every picture, and each is there', () => {
  const page = readFileSync('docs/screenshots.md', 'utf8');
  const missing = resultJourneys
    .flatMap((j) => j.languages.flatMap((l) => [375, 1280].map((w) => screenshotName(j, l, w))))
    .filter(
      (name) => !page.includes(`(screenshots/${name})`) || !existsSync(`docs/screenshots/${name}`),
    );
  expect(missing).toEqual([]);
});

describe('answerFor', () => {
  const moderate = journey('moderate-self');

  it("gives the journey's own answer for a page it names", () => {
    expect(answerFor(moderate, 'craving', ['yes', 'no', 'dont-know'])).toBe('yes');
    expect(answerFor(moderate, 'alcohol-days', [])).toEqual({ digits: '3' });
  });

  it('answers who and how old the same way for every journey', () => {
    expect(answerFor(journey('moderate-clinician'), 'audience', ['self', 'clinician'])).toBe(
      'clinician',
    );
    expect(answerFor(moderate, 'age-group', ['18-24', '25-35'])).toBe('25-35');
  });

  it('answers "no" where offered, else the first option', () => {
    expect(answerFor(moderate, 'self-harm', ['yes', 'no', 'dont-know'])).toBe('no');
    expect(answerFor(moderate, 'frequency.cannabis', ['less-than-monthly', 'daily'])).toBe(
      'less-than-monthly',
    );
  });

  it('stops on a page it cannot answer', () => {
    expect(() => answerFor(moderate, 'unknown-number', [])).toThrow(/unknown-number/);
  });
});
