import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackFormValues } from '../../contact/callbackFormSchema';

/** What the person sent and what happens next, in place of the form once the provider has it. */
export function CallbackConfirmation({
  ref,
  reference,
  values,
}: {
  /** The heading: focus goes to it as the form gives way. */
  ref: Ref<HTMLHeadingElement>;
  reference: string;
  values: CallbackFormValues;
}) {
  const { t } = useTranslation('contact');
  return (
    <div className="panel callback__confirmation">
      <h5 ref={ref} tabIndex={-1} className="heading-s">
        {t('sent.title')}
      </h5>
      <p>{t('sent.reference', { reference })}</p>
      <p>{t('sent.next')}</p>
      <p>
        <strong>{t('sent.summaryTitle')}</strong>
      </p>
      <dl className="summary-list">
        {(['name', 'phone', 'email'] as const).map(
          (field) =>
            values[field] && (
              <div key={field} className="summary-list__row">
                <dt className="summary-list__key">{t(`fields.${field}.label`)}</dt>
                <dd>{values[field]}</dd>
              </div>
            ),
        )}
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('fields.preferredTime.legend')}</dt>
          <dd>{t(`fields.preferredTime.options.${values.preferredTime}`)}</dd>
        </div>
        {values.message && (
          <div className="summary-list__row">
            <dt className="summary-list__key">{t('fields.message.label')}</dt>
            <dd className="callback__message">{values.message}</dd>
          </div>
        )}
      </dl>
      <p>{values.attachResult ? t('sent.resultAttached') : t('sent.resultNotAttached')}</p>
    </div>
  );
}
