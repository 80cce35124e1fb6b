import { useTranslation } from 'react-i18next';
import type { Referral } from '../../referral/reasons';
import { services } from '../../referral/services';
import { ServicePhone } from '../../ui/ServicePhone';

/** Each place to get help: what it is, why it is shown, and how to reach it. */
export function HelpList({ referrals }: { referrals: readonly Referral[] }) {
  const { t } = useTranslation('help');
  return (
    <ul className="list">
      {referrals.map(({ service: id, reason }) => {
        const service = services[id];
        return (
          <li key={id} className="service">
            <h3 className="heading-s service__name">{t(`services.${id}.name`)}</h3>
            <p className="service__reason">{t(`reasons.${reason}`)}</p>
            <p>{t(`services.${id}.description`)}</p>
            {service.phone && (
              <p>
                <ServicePhone service={service} />
              </p>
            )}
            {service.url && (
              <p>
                {/* A new window, so the result (kept only in memory) is still here afterwards. */}
                <a href={service.url.href} target="_blank" rel="noopener noreferrer">
                  {t('ui:result.help.visit', { site: service.url.display })}{' '}
                  <span className="visually-hidden">{t('ui:result.help.newWindow')}</span>
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
