import { useTranslation } from 'react-i18next';
import type { Service } from '../referral/services';

/** A service's number as a `tel:` link that names the service for screen readers. */
export function ServicePhone({ service }: { service: Service }) {
  const { t } = useTranslation('help');
  if (!service.phone) return null;
  const name = t(`services.${service.id}.name`);
  return (
    <a className="phone-link" href={`tel:${service.phone.tel}`}>
      {t('result.help.call', { ns: 'ui', phone: service.phone.display })}{' '}
      <span className="visually-hidden">({name})</span>
    </a>
  );
}
