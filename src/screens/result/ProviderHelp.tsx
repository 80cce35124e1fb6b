import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderConfig } from '../../config/deploymentConfigSchema';
import { defaultLanguage, isLanguage } from '../../i18n/languages';

/** "33 12 34 56" → "tel:+4533123456" (the schema has checked it is 8 digits and spaces). */
function telHref(phone: string): string {
  return `tel:+45${phone.replace(/ /g, '')}`;
}

/**
 * The deploying provider's own block: how to reach them, and `children` (the callback request)
 * below. Renders nothing when no provider is configured (pass `deploymentConfig.provider`).
 */
export function ProviderHelp({
  provider,
  children,
}: {
  provider: ProviderConfig | undefined;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation('help');
  const titleId = useId();
  if (!provider) return null;
  const { name, phone, email, hours } = provider;
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return (
    <section aria-labelledby={titleId} className="service" data-provider-help="">
      <h3 id={titleId} className="heading-s service__name">
        {name}
      </h3>
      <p>{t('provider.intro', { name })}</p>
      {phone && (
        <p>
          <a className="phone-link" href={telHref(phone)}>
            {t('provider.call', { phone })} <span className="visually-hidden">({name})</span>
          </a>
        </p>
      )}
      {email && (
        <p>
          <a href={`mailto:${email}`}>{t('provider.email', { email })}</a>
        </p>
      )}
      {hours && <p>{t('provider.hours', { hours: hours[language] })}</p>}
      {children}
    </section>
  );
}
