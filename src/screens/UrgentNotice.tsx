import { useEffect, useRef } from 'react';
import { announcePage } from '../ui/pageAnnouncer';
import { useVoicedTranslation } from '../ui/voice';
import { UrgentNumbers } from '../ui/UrgentNumbers';

/** Shown on the pages after an answer that needs help now: the numbers, before anything else. */
export function UrgentNotice() {
  const { t } = useVoicedTranslation();
  // Focus goes to the page's heading, below this notice: say it once, when it first appears, so a
  // screen reader user hears it too. (It runs after the heading has announced the page's place.)
  const announcement = useRef(
    `${t('urgentNotice.title')} ${t('urgentNotice.body')} ${t('urgentNotice.where')}`,
  );
  useEffect(() => announcePage(announcement.current), []);
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
