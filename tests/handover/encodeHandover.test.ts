import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crockfordAlphabet } from '../../src/handover/crockfordBase32';
import { decodeHandover } from '../../src/handover/decodeHandover';
import { encodeHandover } from '../../src/handover/encodeHandover';
import { visibleSteps } from '../../src/questionnaire/visibility';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire } from '../support/realQuestionnaire';
import { signIds } from '../support/signIds';
import { finishedJourneyArb } from './finishedJourneyArb';

const allSubstances = realQuestionnaire.definition.substances.map((s) => s.code);
const everySignMet = Object.fromEntries(signIds.map((id) => [id, 'yes']));
const nonePath = completeAnswers({ [realQuestionnaire.substancesId]: ['none'] });
const heavy = completeAnswers({ [realQuestionnaire.substancesId]: allSubstances, ...everySignMet });
const shape = new RegExp(`^RT1(-[${crockfordAlphabet}]{4})*(-[${crockfordAlphabet}]{1,4})$`);

describe('encodeHandover', () => {
  it('writes "RT1" and the body in groups of four, in Crockford base 32', () => {
    fc.assert(
      fc.property(finishedJourneyArb(realQuestionnaire), (answers) => {
        expect(encodeHandover(realQuestionnaire, answers)).toMatch(shape);
      }),
      { numRuns: 200 },
    );
  });

  it('is short: a none-path code is read aloud in four groups', () => {
    const code = encodeHandover(realQuestionnaire, nonePath);
    // Header (4 characters), checksum (about 5) and a few answers.
    expect(code.replaceAll('-', '').length - 3).toBeLessThanOrEqual(14);
  });

  it('grows with the pages shown, not with the questionnaire', () => {
    const none = encodeHandover(realQuestionnaire, nonePath);
    const most = encodeHandover(realQuestionnaire, heavy);
    expect(visibleSteps(realQuestionnaire.steps, heavy).length).toBeGreaterThan(40);
    expect(most.length).toBeGreaterThan(none.length);
    // Every sign met for every substance, with its "which of them?" page: still under 64.
    expect(most.replaceAll('-', '').length - 3).toBeLessThan(64);
  });

  it('is the same for the same answers, whatever their order', () => {
    const reordered = Object.fromEntries(Object.entries(heavy).reverse());
    expect(encodeHandover(realQuestionnaire, reordered)).toBe(
      encodeHandover(realQuestionnaire, heavy),
    );
  });

  it('leaves out answers to pages not shown', () => {
    const withHidden = { ...nonePath, [`${signIds[0]}`]: 'yes' };
    const code = encodeHandover(realQuestionnaire, withHidden);
    expect(code).toBe(encodeHandover(realQuestionnaire, nonePath));
    expect(decodeHandover([realQuestionnaire], code)).toMatchObject({
      ok: true,
      answers: nonePath,
    });
  });

  it('refuses answers that are not a finished journey', () => {
    const unfinished = Object.fromEntries(
      Object.entries(nonePath).filter(([id]) => id !== realQuestionnaire.substancesId),
    );
    expect(() => encodeHandover(realQuestionnaire, unfinished)).toThrow(/no valid answer/);
    expect(() =>
      encodeHandover(realQuestionnaire, { ...nonePath, [realQuestionnaire.substancesId]: ['x'] }),
    ).toThrow(/no valid answer/);
  });
});
