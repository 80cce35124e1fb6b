import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callbackPayload } from '../../src/contact/callbackPayload';
import {
  callbackFormSchema,
  preferredTimes,
  type CallbackFormValues,
} from '../../src/contact/callbackFormSchema';
import { resultSummary } from '../../src/contact/resultSummary';
import { contractProblems } from './contractSchema';
import { sampleAssessment as assessment } from './sampleAssessment';

const form: CallbackFormValues = {
  name: 'Kim',
  phone: '12 34 56 78',
  email: '',
  preferredTime: 'morning',
  message: '',
  attachResult: false,
  consent: true,
};

const questionnaire = { id: 'rusmiddeltjek', version: '1.1.0' };

describe('callbackPayload', () => {
  it('sends what was typed and chosen, and leaves out what was left empty', () => {
    expect(callbackPayload(form)).toEqual({
      name: 'Kim',
      phone: '12 34 56 78',
      preferredTime: 'morning',
      consent: true,
    });
    expect(
      callbackPayload(
        { ...form, phone: '', email: 'kim@example.dk', message: 'Efter kl. 14' },
        undefined,
        'en',
      ),
    ).toEqual({
      name: 'Kim',
      email: 'kim@example.dk',
      preferredTime: 'morning',
      message: 'Efter kl. 14',
      consent: true,
      language: 'en',
    });
  });

  it('attaches the result only when the box is ticked', () => {
    const summary = resultSummary(assessment, questionnaire);
    expect(callbackPayload(form, summary)).not.toHaveProperty('result');
    expect(callbackPayload({ ...form, attachResult: true }, summary).result).toEqual(summary);
  });

  it('conforms to docs/contact-api.schema.json, which refuses anything more', () => {
    const payload = callbackPayload(
      { ...form, attachResult: true, message: 'Hej' },
      resultSummary(assessment, questionnaire),
      'da',
    );
    expect(contractProblems(payload)).toEqual([]);
    expect(contractProblems({ ...payload, answers: {} })).not.toEqual([]);
    expect(
      contractProblems({ ...payload, result: { ...payload.result, ageGroup: '25-35' } }),
    ).not.toEqual([]);
    const noWayToReach = Object.fromEntries(
      Object.entries(payload).filter(([field]) => field !== 'phone'),
    );
    expect(contractProblems(noWayToReach)).toEqual(['needs one of phone, email']);
  });

  it('conforms for any form the schema accepts', () => {
    const typed = fc.string({ maxLength: 30 });
    const draft = fc.record({
      name: fc.string({ minLength: 1, maxLength: 60 }),
      phone: fc.oneof(fc.constant(''), fc.constantFrom('12345678', '+45 12 34 56 78', typed)),
      email: fc.oneof(fc.constant(''), fc.constantFrom('kim@example.dk', typed)),
      preferredTime: fc.constantFrom(...preferredTimes),
      message: fc.string({ maxLength: 1000 }),
      attachResult: fc.boolean(),
      consent: fc.constant(true),
    });
    fc.assert(
      fc.property(draft, fc.constantFrom('da', 'en' as const), (values, language) => {
        const parsed = callbackFormSchema.safeParse(values);
        if (!parsed.success) return;
        const payload = callbackPayload(
          parsed.data,
          resultSummary(assessment, questionnaire),
          language,
        );
        expect(contractProblems(payload)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
