import type { Language } from '../i18n/languages';
import type { CallbackPayload, ResultSummary } from './callbackContract';
import type { CallbackFormValues } from './callbackFormSchema';

/**
 * The request body: what the person typed, chose and ticked, with the result only when they ticked
 * the box for it. Empty optional fields are left out rather than sent empty.
 */
export function callbackPayload(
  form: CallbackFormValues,
  attachedResult?: ResultSummary,
  language?: Language,
): CallbackPayload {
  return {
    name: form.name,
    ...(form.phone !== '' && { phone: form.phone }),
    ...(form.email !== '' && { email: form.email }),
    preferredTime: form.preferredTime,
    ...(form.message !== '' && { message: form.message }),
    consent: true,
    ...(language !== undefined && { language }),
    ...(form.attachResult && attachedResult !== undefined && { result: attachedResult }),
  };
}
