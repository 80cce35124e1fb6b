import { useTranslation } from 'react-i18next';
import { UrgentNumbers } from '../ui/UrgentNumbers';

/** Shown when a page fails to render: the urgent numbers and a clean start. */
export function ErrorPage() {
  const { t } = useTranslation();
  return (
    <div className="width-container">
      <main id="main-content" className="main">
        <h1 className="heading-l">{t('errorPage.title')}</h1>
        <p>{t('errorPage.body')}</p>
        <p>{t('errorPage.urgent')}</p>
        <UrgentNumbers ids={['emergency-112', 'livslinien', 'giftlinjen']} />
        <a className="button" href={window.location.pathname}>
          {t('errorPage.restart')}
        </a>
      </main>
    </div>
  );
}
