import type { ParseKeys } from 'i18next';
import type { FieldErrorCode } from './callbackContract';
import { callbackErrors, type CallbackField } from './callbackFormSchema';

const messages: Record<CallbackField, Record<FieldErrorCode, ParseKeys<'contact'>>> = {
  name: {
    required: callbackErrors.nameRequired,
    invalid: 'errors.name.rejected',
    'too-long': callbackErrors.nameTooLong,
  },
  phone: {
    required: callbackErrors.phoneOrEmail,
    invalid: callbackErrors.phoneInvalid,
    'too-long': callbackErrors.phoneInvalid,
  },
  email: {
    required: callbackErrors.phoneOrEmail,
    invalid: callbackErrors.emailInvalid,
    'too-long': callbackErrors.emailInvalid,
  },
  preferredTime: {
    required: callbackErrors.preferredTimeRequired,
    invalid: callbackErrors.preferredTimeRequired,
    'too-long': callbackErrors.preferredTimeRequired,
  },
  message: {
    required: 'errors.message.rejected',
    invalid: 'errors.message.rejected',
    'too-long': callbackErrors.messageTooLong,
  },
  consent: {
    required: callbackErrors.consentRequired,
    invalid: callbackErrors.consentRequired,
    'too-long': callbackErrors.consentRequired,
  },
};

/**
 * The form's own words (a "contact" translation key) for a field the endpoint turned down: the
 * endpoint's wording is never shown, so the message is always in the person's language. When what
 * the person gave already has the expected form (`hasExpectedForm`), the message says the service
 * did not accept it, and never asks them to type it again as if it were a mistake.
 */
export function fieldErrorMessage(
  field: CallbackField,
  code: FieldErrorCode,
  { expectedForm = false }: { expectedForm?: boolean } = {},
): ParseKeys<'contact'> {
  return expectedForm ? `errors.${field}.notAccepted` : messages[field][code];
}
