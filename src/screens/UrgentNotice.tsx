import { useVoicedTranslation } from '../ui/voice';
import { UrgentNumbers } from '../ui/UrgentNumbers';

/** Shown on the pages after an answer that needs help now: the numbers, before anything else. */
export function UrgentNotice() {
  const { t } = useVoicedTranslation();
  return (
    <section className="panel panel--urgent" aria-labelledby="urgent-notice-title">
      <h2 id="urgent-notice-title" className="heading-m">
        {t('urgentNotice.title')}
      </h2>
      <p>{t('urgentNotice.body')}</p>
      <UrgentNumbers ids={['emergency-112', 'livslinien', 'giftlinjen']} />
    </section>
  );
}
