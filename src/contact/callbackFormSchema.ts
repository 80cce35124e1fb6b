import * as z from 'zod/mini';

/** When the person would like to be contacted. */
export const preferredTimes = ['morning', 'afternoon', 'evening', 'any'] as const;
export type PreferredTime = (typeof preferredTimes)[number];

/** The fields of the form, in the order the page shows them (and the error summary lists them). */
export const callbackFields = [
  'name',
  'phone',
  'email',
  'preferredTime',
  'message',
  'consent',
] as const;
export type CallbackField = (typeof callbackFields)[number];

export const NAME_MAX_LENGTH = 60;
export const EMAIL_MAX_LENGTH = 254;
export const MESSAGE_MAX_LENGTH = 1000;
export const PHONE_MIN_DIGITS = 8;
export const PHONE_MAX_DIGITS = 15;

/** Error messages are translation keys of the "contact" namespace, resolved by the form. */
export const callbackErrors = {
  nameRequired: 'errors.name.required',
  nameTooLong: 'errors.name.tooLong',
  phoneOrEmail: 'errors.phone.phoneOrEmail',
  phoneInvalid: 'errors.phone.invalid',
  emailInvalid: 'errors.email.invalid',
  preferredTimeRequired: 'errors.preferredTime.required',
  messageTooLong: 'errors.message.tooLong',
  consentRequired: 'errors.consent.required',
} as const;

/** The form's draft as react-hook-form holds it: typed text, the chosen radio, two ticks. */
export interface CallbackDraft {
  name: string;
  phone: string;
  email: string;
  preferredTime: PreferredTime | null;
  message: string;
  attachResult: boolean;
  consent: boolean;
}

/** A fresh form: nothing typed, nothing chosen, the result not attached. */
export const emptyCallbackDraft: CallbackDraft = {
  name: '',
  phone: '',
  email: '',
  preferredTime: null,
  message: '',
  attachResult: false,
  consent: false,
};

/** Digits, spaces, hyphens, brackets and a leading plus; 8 to 15 digits (E.164's most). */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s()-]+$/.test(value) && digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
}

/** A plain check, as a person would type it: something@something.something, no spaces. */
export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

const trimmed = () => z.string().check(z.trim());

/** Validates the draft; the output is what the person asked for, trimmed, with consent given. */
export const callbackFormSchema = z
  .object({
    name: trimmed().check(
      z.minLength(1, { error: callbackErrors.nameRequired }),
      z.maxLength(NAME_MAX_LENGTH, { error: callbackErrors.nameTooLong }),
    ),
    phone: trimmed().check(
      z.refine((v) => v === '' || isPhoneNumber(v), { error: callbackErrors.phoneInvalid }),
    ),
    email: trimmed().check(
      z.refine((v) => v === '' || isEmailAddress(v), { error: callbackErrors.emailInvalid }),
    ),
    preferredTime: z.enum(preferredTimes, { error: callbackErrors.preferredTimeRequired }),
    message: trimmed().check(
      z.maxLength(MESSAGE_MAX_LENGTH, { error: callbackErrors.messageTooLong }),
    ),
    attachResult: z.boolean(),
    consent: z.literal(true, { error: callbackErrors.consentRequired }),
  })
  .check(
    // Asked even when other fields are wrong, so the error summary lists every problem at once.
    z.refine((form) => form.phone !== '' || form.email !== '', {
      error: callbackErrors.phoneOrEmail,
      path: ['phone'],
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    }),
  );

/** The valid form: what `callbackPayload` turns into a request. */
export type CallbackFormValues = z.output<typeof callbackFormSchema>;

/**
 * Whether what the person gave for one field has the form the contract expects (docs/contact-api.md):
 * a field left empty has not. When the endpoint turns down a field that has, it is not a typing mistake.
 */
export function hasExpectedForm(field: CallbackField, values: CallbackFormValues): boolean {
  switch (field) {
    case 'name':
      return values.name !== '' && values.name.length <= NAME_MAX_LENGTH;
    case 'phone':
      return isPhoneNumber(values.phone);
    case 'email':
      return isEmailAddress(values.email);
    case 'preferredTime':
      return (preferredTimes as readonly string[]).includes(values.preferredTime);
    case 'message':
      return values.message !== '' && values.message.length <= MESSAGE_MAX_LENGTH;
    case 'consent':
      return values.consent === true;
  }
}
