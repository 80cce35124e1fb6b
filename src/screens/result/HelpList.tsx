import { useVoicedTranslation } from '../../ui/voice';
import { tData } from '../../i18n/keys';
import type { Referral } from '../../referral/reasons';
import { services } from '../../referral/services';
import { ServicePhone } from '../../ui/ServicePhone';
import { ServiceMore } from './ServiceMore';

/** Each place to get help: what it is, why it is shown, and how to reach it. */
export function HelpList({
  referrals,
  headingLevel = 3,
}: {
  referrals: readonly Referral[];
  /** The level of each service's name: one below the section it stands in. */
  headingLevel?: 3 | 4;
}) {
  const ServiceHeading = headingLevel === 4 ? 'h4' : 'h3';
  const { t } = useVoicedTranslation();
  return (
    <ul className="list">
      {referrals.map(({ service: id, reason }) => {
        const service = services[id];
        return (
          <li key={id} className="service">
            <ServiceHeading className="heading-s service__name">
              {t(`help:services.${id}.name`)}
            </ServiceHeading>
            <p className="service__reason">{t(`help:reasons.${reason}`)}</p>
            {/* The reason and the way to act stay in view; what the place is, on request. */}
            <ServiceMore service={id} />
            {service.phone && (
              <p>
                <ServicePhone service={service} />
              </p>
            )}
            {!service.phone && !service.url && <p>{tData(t, `help:services.${id}.reach`)}</p>}
            {service.url && (
              <p>
                {/* A new window, so the result (kept only in memory) is still here afterwards. */}
                <a
                  className="service__link"
                  href={service.url.href}
                  target="_blank"
                  rel="noopener noreferrer"
                >
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
