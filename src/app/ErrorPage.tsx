import { useTranslation } from 'react-i18next';
import { services } from '../referral/services';

const urgent = [services['emergency-112'], services.livslinien, services.giftlinjen];

/** Shown when a page fails to render: the urgent numbers and a clean start. */
export function ErrorPage() {
  const { t } = useTranslation();
  return (
    <div className="width-container">
      <main id="main-content" className="main">
        <h1 className="heading-l">{t('errorPage.title')}</h1>
        <p>{t('errorPage.body')}</p>
        <p>{t('errorPage.urgent')}</p>
        <ul className="list">
          {urgent.map((service) => (
            <li key={service.id}>
              {t(`help:services.${service.id}.name`)}:{' '}
              <a href={`tel:${service.phone?.tel}`}>{service.phone?.display}</a>
            </li>
          ))}
        </ul>
        <a className="button" href={window.location.pathname}>
          {t('errorPage.restart')}
        </a>
      </main>
    </div>
  );
}
