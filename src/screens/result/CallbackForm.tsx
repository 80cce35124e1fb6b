import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useForm, type FieldError, type Resolver } from 'react-hook-form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CALLBACK_TIMEOUT_MS } from '../../contact/callbackContract';
import {
  callbackFields,
  callbackFormSchema,
  emptyCallbackDraft,
  hasExpectedForm,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  preferredTimes,
  type CallbackDraft,
  type CallbackField,
  type CallbackFormValues,
} from '../../contact/callbackFormSchema';
import { callbackPayload } from '../../contact/callbackPayload';
import { fieldErrorMessage } from '../../contact/fieldErrorMessage';
import { newIdempotencyKey } from '../../contact/newIdempotencyKey';
import { resultSummary } from '../../contact/resultSummary';
import { sendCallbackRequest, type CallbackResult } from '../../contact/sendCallbackRequest';
import { useQuestionnaire } from '../../flow/FlowProvider';
import { isLanguage } from '../../i18n/languages';
import type { Assessment } from '../../scoring/assessment';
import { Choice } from '../../ui/Choice';
import { Choices } from '../../ui/Choices';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Field } from '../../ui/Field';
import { Fieldset } from '../../ui/Fieldset';
import { FormGroup } from '../../ui/FormGroup';
import { SubmitWithFailure } from '../../ui/SubmitWithFailure';
import { TextInput } from '../../ui/TextInput';
import { CallbackConfirmation } from './CallbackConfirmation';

type Outcome = Exclude<CallbackResult, { status: 'cancelled' }>;
type Failure = Exclude<Outcome, { status: 'sent' }>;
type SendState =
  | { status: 'idle' }
  /** `retry`: an earlier attempt failed, so the button still says so. */
  | { status: 'sending'; retry: boolean }
  | (Failure & { attempt: number })
  | { status: 'sent'; reference: string; values: CallbackFormValues };

const resolver = zodResolver(callbackFormSchema) as unknown as Resolver<
  CallbackDraft,
  unknown,
  CallbackFormValues
>;

const fieldId = (field: CallbackField) =>
  field === 'preferredTime' ? `callback-preferredTime-${preferredTimes[0]}` : `callback-${field}`;
const maxLength: Partial<Record<CallbackField, number>> = {
  name: NAME_MAX_LENGTH,
  message: MESSAGE_MAX_LENGTH,
};

/** A failure the form words itself; a 4xx that named fields is shown on the fields instead. */
function failureShown(state: SendState): (Failure & { attempt: number }) | undefined {
  if (state.status === 'idle' || state.status === 'sending' || state.status === 'sent') return;
  if (state.status === 'rejected' && Object.keys(state.fieldErrors).length > 0) return;
  return state;
}

/** Why the request failed, that what was typed is kept, and the other ways to get help. */
function CallbackFailure({ status }: { status: Failure['status'] }) {
  const { t } = useTranslation('contact');
  return (
    <>
      <h5 className="heading-s">{t(`failure.${status}.title`)}</h5>
      <p>{t(`failure.${status}.body`, { seconds: CALLBACK_TIMEOUT_MS / 1000 })}</p>
      <p>{t('failure.kept')}</p>
      <p>{t('failure.otherWays')}</p>
    </>
  );
}

/**
 * "Contact me" (docs/contact-api.md): sent only when the person presses Send, to `endpoint`,
 * with the result only if they tick the box. Every resend carries the same idempotency key, so the
 * provider gets one request however often it is sent; what was typed stays through every failure.
 */
export function CallbackForm({
  endpoint,
  assessment,
}: {
  endpoint: string;
  assessment: Assessment;
}) {
  const { t, i18n } = useTranslation('contact');
  const questionnaire = useQuestionnaire();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [state, setState] = useState<SendState>({ status: 'idle' });
  const inFlight = useRef<AbortController | null>(null);
  const attempts = useRef(0);
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  const { register, handleSubmit, formState, setError } = useForm<
    CallbackDraft,
    unknown,
    CallbackFormValues
  >({ resolver, defaultValues: emptyCallbackDraft, shouldFocusError: false });

  useEffect(() => () => inFlight.current?.abort(), []);
  // In a layout effect, so focus is on the confirmation the moment it appears (as on every page):
  // a passive effect left a moment, on a busy machine, in which focus was on <body>.
  useLayoutEffect(() => {
    // The form gives way to the confirmation: focus follows, rather than falling to the page.
    if (state.status === 'sent') confirmationRef.current?.focus();
  }, [state.status]);

  const sendRequest = async (values: CallbackFormValues) => {
    if (inFlight.current) return;
    const controller = new AbortController();
    inFlight.current = controller;
    attempts.current += 1;
    const attempt = attempts.current;
    setState({ status: 'sending', retry: failureShown(state) !== undefined });
    const summary = values.attachResult
      ? resultSummary(assessment, questionnaire.definition)
      : undefined;
    const language = isLanguage(i18n.language) ? i18n.language : undefined;
    const result = await sendCallbackRequest(
      endpoint,
      callbackPayload(values, summary, language),
      idempotencyKey,
      { signal: controller.signal },
    );
    inFlight.current = null;
    if (result.status === 'cancelled') return;
    if (result.status === 'sent') {
      setState({ status: 'sent', reference: result.reference, values });
      return;
    }
    if (result.status === 'rejected') {
      for (const [field, code] of Object.entries(result.fieldErrors)) {
        const name = field as CallbackField;
        const expectedForm = hasExpectedForm(name, values);
        setError(name, {
          type: 'server',
          message: fieldErrorMessage(name, code, { expectedForm }),
        });
      }
    }
    setState({ ...result, attempt });
  };

  const errorText = (field: CallbackField): string | undefined => {
    const error = formState.errors[field] as FieldError | undefined;
    // The messages are the schema's and fieldErrorMessage's keys, which the compiler checks there.
    return error?.message && t(error.message as ParseKeys<'contact'>, { max: maxLength[field] });
  };
  const summaryErrors = callbackFields.flatMap((field) => {
    const message = errorText(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });
  const invalid = (...fields: CallbackField[]) => fields.some((field) => errorText(field));

  const failure = failureShown(state);
  const sending = state.status === 'sending';
  const statusText =
    state.status === 'sending'
      ? t('status.sending')
      : state.status === 'sent'
        ? t('status.sent')
        : '';

  return (
    // A part of the provider's block (ProviderHelp, whose name is an h3); only the request prints.
    <section
      aria-labelledby="callback-title"
      className={state.status === 'sent' ? 'callback' : 'callback no-print'}
    >
      <h4 id="callback-title" className="heading-s">
        {t('title')}
      </h4>
      {state.status === 'sent' ? (
        <CallbackConfirmation
          ref={confirmationRef}
          reference={state.reference}
          values={state.values}
        />
      ) : (
        <>
          <p>{t('intro')}</p>
          <ErrorSummary errors={summaryErrors} attempt={formState.submitCount} />
          <form
            noValidate
            onSubmit={(event) => {
              // One request at a time: a second press while sending does nothing.
              if (sending) event.preventDefault();
              else void handleSubmit(sendRequest)(event);
            }}
          >
            <FormGroup invalid={invalid('name')}>
              <TextInput
                id={fieldId('name')}
                label={t('fields.name.label')}
                hint={t('fields.name.hint')}
                error={errorText('name')}
                width={20}
                autoComplete="given-name"
                {...register('name')}
              />
            </FormGroup>

            <FormGroup invalid={invalid('phone', 'email')}>
              <Fieldset
                id="callback-reach"
                legend={t('fields.reach.legend')}
                hint={t('fields.reach.hint')}
              >
                <div className="callback__field">
                  <TextInput
                    id={fieldId('phone')}
                    label={t('fields.phone.label')}
                    error={errorText('phone')}
                    width={20}
                    type="tel"
                    autoComplete="tel"
                    {...register('phone')}
                  />
                </div>
                <div className="callback__field">
                  <TextInput
                    id={fieldId('email')}
                    label={t('fields.email.label')}
                    error={errorText('email')}
                    width={20}
                    type="email"
                    autoComplete="email"
                    {...register('email')}
                  />
                </div>
              </Fieldset>
            </FormGroup>

            <FormGroup invalid={invalid('preferredTime')}>
              <Fieldset
                id="callback-preferredTime"
                legend={t('fields.preferredTime.legend')}
                error={errorText('preferredTime')}
              >
                <Choices
                  type="radio"
                  idPrefix="callback-preferredTime"
                  options={preferredTimes.map((time) => ({
                    value: time,
                    label: t(`fields.preferredTime.options.${time}`),
                  }))}
                  input={() => register('preferredTime')}
                />
              </Fieldset>
            </FormGroup>

            <FormGroup invalid={invalid('message')}>
              <Field
                id={fieldId('message')}
                label={`${t('fields.message.label')} ${t('optional')}`}
                hint={t('fields.message.hint')}
                error={errorText('message')}
              >
                {(control) => (
                  // What someone writes about their use must not stay in the browser's form history.
                  <textarea
                    {...control}
                    className="input textarea"
                    rows={5}
                    autoComplete="off"
                    {...register('message')}
                  />
                )}
              </Field>
            </FormGroup>

            <FormGroup>
              <Choice
                id="callback-attachResult"
                type="checkbox"
                label={t('fields.attachResult.label')}
                hint={t('fields.attachResult.hint')}
                {...register('attachResult')}
              />
            </FormGroup>

            <FormGroup invalid={invalid('consent')}>
              <Choice
                id={fieldId('consent')}
                type="checkbox"
                label={t('fields.consent.label')}
                error={errorText('consent')}
                {...register('consent')}
              />
            </FormGroup>

            <SubmitWithFailure
              label={
                failure || (state.status === 'sending' && state.retry) ? t('retry') : t('send')
              }
              busy={sending}
              failureClassName="callback__failure"
              failure={
                failure && {
                  key: failure.attempt,
                  content: <CallbackFailure status={failure.status} />,
                }
              }
            />
          </form>
        </>
      )}
      <p role="status" className="callback__status">
        {statusText}
      </p>
    </section>
  );
}
