import { useVoicedTranslation } from '../../ui/voice';
import type { ServiceId } from '../../referral/services';

/** "More about …": what a place is, folded away under the reason it is shown. */
export function ServiceMore({ service }: { service: ServiceId }) {
  const { t } = useVoicedTranslation();
  return (
    <details className="more">
      <summary>{t('ui:result.help.more', { service: t(`help:services.${service}.name`) })}</summary>
      <p>{t(`help:services.${service}.description`)}</p>
    </details>
  );
}
