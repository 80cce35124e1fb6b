import { describe, expect, it } from 'vitest';
import {
  callbackErrors,
  callbackFormSchema,
  emptyCallbackDraft,
  isEmailAddress,
  isPhoneNumber,
  type CallbackDraft,
} from '../../src/contact/callbackFormSchema';

const valid: CallbackDraft = {
  ...emptyCallbackDraft,
  name: 'Kim',
  phone: '12 34 56 78',
  preferredTime: 'afternoon',
  consent: true,
};

function errorsOf(draft: CallbackDraft): Record<string, string> {
  const result = callbackFormSchema.safeParse(draft);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the callback form schema', () => {
  it('lists every problem of an empty form at once, each as a "contact" key', () => {
    expect(errorsOf(emptyCallbackDraft)).toEqual({
      name: callbackErrors.nameRequired,
      phone: callbackErrors.phoneOrEmail,
      preferredTime: callbackErrors.preferredTimeRequired,
      consent: callbackErrors.consentRequired,
    });
  });

  it('takes a phone number, an email address or both, trimmed', () => {
    expect(errorsOf(valid)).toEqual({});
    expect(errorsOf({ ...valid, phone: '', email: 'kim@example.dk' })).toEqual({});
    const parsed = callbackFormSchema.parse({
      ...valid,
      name: '  Kim ',
      phone: ' +45 12 34 56 78 ',
      email: ' kim@example.dk',
      message: '  ',
    });
    expect(parsed).toMatchObject({
      name: 'Kim',
      phone: '+45 12 34 56 78',
      email: 'kim@example.dk',
      message: '',
    });
  });

  it('says which of phone and email is wrong', () => {
    expect(errorsOf({ ...valid, phone: '1234' })).toEqual({ phone: callbackErrors.phoneInvalid });
    expect(errorsOf({ ...valid, phone: '', email: 'kim@' })).toEqual({
      email: callbackErrors.emailInvalid,
    });
  });

  it('holds names and messages to their lengths', () => {
    expect(errorsOf({ ...valid, name: 'x'.repeat(61) })).toEqual({
      name: callbackErrors.nameTooLong,
    });
    expect(errorsOf({ ...valid, message: 'x'.repeat(1001) })).toEqual({
      message: callbackErrors.messageTooLong,
    });
    expect(errorsOf({ ...valid, message: 'x'.repeat(1000) })).toEqual({});
  });

  it('needs consent ticked; attaching the result is the person’s choice', () => {
    expect(errorsOf({ ...valid, consent: false })).toEqual({
      consent: callbackErrors.consentRequired,
    });
    expect(callbackFormSchema.parse({ ...valid, attachResult: true }).attachResult).toBe(true);
    expect(emptyCallbackDraft.attachResult).toBe(false);
  });
});

describe('phone numbers and email addresses', () => {
  it.each(['12345678', '12 34 56 78', '+45 12 34 56 78', '+45 1234-5678', '+4412345678901'])(
    'takes the phone number %s',
    (phone) => expect(isPhoneNumber(phone)).toBe(true),
  );
  it.each(['1234567', '12 34 56 7x', '+45 12 34 56 78 90 12 34 5', '++4512345678', ''])(
    'refuses the phone number "%s"',
    (phone) => expect(isPhoneNumber(phone)).toBe(false),
  );
  it.each(['kim@example.dk', 'k.m+hjaelp@post.example.org'])('takes %s', (email) =>
    expect(isEmailAddress(email)).toBe(true),
  );
  it.each(['kim', 'kim@example', 'kim @example.dk', 'kim@@example.dk', '@example.dk'])(
    'refuses "%s"',
    (email) => expect(isEmailAddress(email)).toBe(false),
  );
});
