import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useForm, type FieldError, type Resolver } from 'react-hook-form';
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
import { ErrorSummary } from '../../ui/ErrorSummary';

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
const errorId = (field: CallbackField) => `callback-${field}-error`;
const hintId = (field: string) => `callback-${field}-hint`;
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
    return error?.message && t(error.message, { max: maxLength[field] });
  };
  const summaryErrors = callbackFields.flatMap((field) => {
    const message = errorText(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });
  const describedBy = (field: CallbackField, hint?: string) =>
    [hint, errorText(field) && errorId(field)].filter(Boolean).join(' ') || undefined;
  const errorMessage = (field: CallbackField) => {
    const message = errorText(field);
    return (
      message && (
        <p id={errorId(field)} className="error-message">
          <span className="visually-hidden">{t('ui:errors.titlePrefix').trim()}</span> {message}
        </p>
      )
    );
  };
  const groupClass = (...fields: CallbackField[]) =>
    `form-group${fields.some((field) => errorText(field)) ? ' form-group--error' : ''}`;

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
        <div className="panel callback__confirmation">
          <h5 ref={confirmationRef} tabIndex={-1} className="heading-s">
            {t('sent.title')}
          </h5>
          <p>{t('sent.reference', { reference: state.reference })}</p>
          <p>{t('sent.next')}</p>
          <p>
            <strong>{t('sent.summaryTitle')}</strong>
          </p>
          <dl className="summary-list">
            {(['name', 'phone', 'email'] as const).map(
              (field) =>
                state.values[field] && (
                  <div key={field} className="summary-list__row">
                    <dt className="summary-list__key">{t(`fields.${field}.label`)}</dt>
                    <dd>{state.values[field]}</dd>
                  </div>
                ),
            )}
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('fields.preferredTime.legend')}</dt>
              <dd>{t(`fields.preferredTime.options.${state.values.preferredTime}`)}</dd>
            </div>
            {state.values.message && (
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('fields.message.label')}</dt>
                <dd className="callback__message">{state.values.message}</dd>
              </div>
            )}
          </dl>
          <p>
            {state.values.attachResult ? t('sent.resultAttached') : t('sent.resultNotAttached')}
          </p>
        </div>
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
            <div className={groupClass('name')}>
              <label htmlFor={fieldId('name')} className="label">
                {t('fields.name.label')}
              </label>
              <p id={hintId('name')} className="hint">
                {t('fields.name.hint')}
              </p>
              {errorMessage('name')}
              <input
                id={fieldId('name')}
                className="input input--width-20"
                type="text"
                autoComplete="given-name"
                spellCheck={false}
                aria-invalid={!!errorText('name')}
                aria-describedby={describedBy('name', hintId('name'))}
                {...register('name')}
              />
            </div>

            <div className={groupClass('phone', 'email')}>
              <fieldset className="fieldset" aria-describedby={hintId('reach')}>
                <legend className="fieldset__legend label">{t('fields.reach.legend')}</legend>
                <p id={hintId('reach')} className="hint">
                  {t('fields.reach.hint')}
                </p>
                <div className="callback__field">
                  <label htmlFor={fieldId('phone')} className="label">
                    {t('fields.phone.label')}
                  </label>
                  {errorMessage('phone')}
                  <input
                    id={fieldId('phone')}
                    className="input input--width-20"
                    type="tel"
                    autoComplete="tel"
                    spellCheck={false}
                    aria-invalid={!!errorText('phone')}
                    aria-describedby={describedBy('phone')}
                    {...register('phone')}
                  />
                </div>
                <div className="callback__field">
                  <label htmlFor={fieldId('email')} className="label">
                    {t('fields.email.label')}
                  </label>
                  {errorMessage('email')}
                  <input
                    id={fieldId('email')}
                    className="input input--width-20"
                    type="email"
                    autoComplete="email"
                    spellCheck={false}
                    aria-invalid={!!errorText('email')}
                    aria-describedby={describedBy('email')}
                    {...register('email')}
                  />
                </div>
              </fieldset>
            </div>

            <div className={groupClass('preferredTime')}>
              <fieldset className="fieldset" aria-describedby={describedBy('preferredTime')}>
                <legend className="fieldset__legend label">
                  {t('fields.preferredTime.legend')}
                </legend>
                {errorMessage('preferredTime')}
                <div className="radios">
                  {preferredTimes.map((time) => (
                    <div key={time} className="choice">
                      <input
                        id={`callback-preferredTime-${time}`}
                        className="choice__input"
                        type="radio"
                        value={time}
                        {...register('preferredTime')}
                      />
                      <label htmlFor={`callback-preferredTime-${time}`} className="choice__label">
                        {t(`fields.preferredTime.options.${time}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>

            <div className={groupClass('message')}>
              <label htmlFor={fieldId('message')} className="label">
                {t('fields.message.label')} {t('optional')}
              </label>
              <p id={hintId('message')} className="hint">
                {t('fields.message.hint')}
              </p>
              {errorMessage('message')}
              {/* What someone writes about their use must not stay in the browser's form history. */}
              <textarea
                id={fieldId('message')}
                className="input textarea"
                rows={5}
                autoComplete="off"
                aria-invalid={!!errorText('message')}
                aria-describedby={describedBy('message', hintId('message'))}
                {...register('message')}
              />
            </div>

            <div className="form-group">
              <div className="choice">
                <input
                  id="callback-attachResult"
                  className="choice__input"
                  type="checkbox"
                  aria-describedby={hintId('attachResult')}
                  {...register('attachResult')}
                />
                <label htmlFor="callback-attachResult" className="choice__label">
                  {t('fields.attachResult.label')}
                </label>
                <p id={hintId('attachResult')} className="hint choice__hint">
                  {t('fields.attachResult.hint')}
                </p>
              </div>
            </div>

            <div className={groupClass('consent')}>
              {errorMessage('consent')}
              <div className="choice">
                <input
                  id={fieldId('consent')}
                  className="choice__input"
                  type="checkbox"
                  aria-invalid={!!errorText('consent')}
                  aria-describedby={describedBy('consent')}
                  {...register('consent')}
                />
                <label htmlFor={fieldId('consent')} className="choice__label">
                  {t('fields.consent.label')}
                </label>
              </div>
            </div>

            <div role="alert" className="callback__failure">
              {failure && (
                // Keyed by attempt, so the same failure twice is announced twice.
                <div key={failure.attempt} className="panel">
                  <h5 className="heading-s">{t(`failure.${failure.status}.title`)}</h5>
                  <p>
                    {t(`failure.${failure.status}.body`, {
                      seconds: CALLBACK_TIMEOUT_MS / 1000,
                    })}
                  </p>
                  <p>{t('failure.kept')}</p>
                  <p>{t('failure.otherWays')}</p>
                </div>
              )}
            </div>

            <button type="submit" className="button" aria-disabled={sending || undefined}>
              {failure || (state.status === 'sending' && state.retry) ? t('retry') : t('send')}
            </button>
          </form>
        </>
      )}
      <p role="status" className="callback__status">
        {statusText}
      </p>
    </section>
  );
}
