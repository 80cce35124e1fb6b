import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../questionnaire/answers';

const HandoverCode = lazy(() => import('./HandoverCode'));

/**
 * "Show your answers to a counsellor": the code and QR are made, and their code loaded, only on
 * the person's click, so nothing of it is on the page (or in the first load) unless wanted.
 */
export function HandoverShare({ answers }: { answers: Answers }) {
  const { t } = useTranslation('handover');
  const [shown, setShown] = useState(false);
  return (
    <section
      aria-labelledby="handover-title"
      className={shown ? 'handover handover--shown' : 'handover'}
    >
      {/* Under "What now?": until the code is asked for, the button says it all. */}
      <h3 id="handover-title" className={shown ? 'heading-s' : 'visually-hidden'}>
        {t('share.title')}
      </h3>
      {shown ? (
        <>
          <p>{t('share.intro')}</p>
          <Suspense fallback={<p role="status">{t('share.loading')}</p>}>
            <HandoverCode answers={answers} />
          </Suspense>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setShown(true)}>
          {t('share.show')}
        </button>
      )}
    </section>
  );
}
