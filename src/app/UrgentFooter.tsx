import { useTranslation } from 'react-i18next';
import { services } from '../referral/services';

const alwaysShown = [services['emergency-112'], services.livslinien];

/** The urgent numbers, reachable from every page. */
export function UrgentFooter() {
  const { t } = useTranslation();
  return (
    <footer className="footer">
      <div className="width-container">
        <h2 className="heading-s">{t('footer.urgent')}</h2>
        <ul className="list footer__urgent">
          {alwaysShown.map((service) => (
            <li key={service.id}>
              {t(`help:services.${service.id}.name`)}:{' '}
              <a href={`tel:${service.phone?.tel}`}>{service.phone?.display}</a>
            </li>
          ))}
        </ul>
        <p className="footer__privacy">{t('footer.privacy')}</p>
      </div>
    </footer>
  );
}
