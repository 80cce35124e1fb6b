import { useTranslation } from 'react-i18next';
import { useFlow } from '../flow/FlowProvider';
import { BackButton } from '../ui/BackButton';
import { usePageHeading } from '../ui/usePageHeading';

/** Plain promises a person can check, first; the technical terms behind them in a disclosure. */
const points = ['device', 'tracking', 'callback', 'memory', 'resume', 'exit', 'links'] as const;
const technicalPoints = ['storage', 'policy', 'exit', 'offline'] as const;

/** What happens to the answers, as the code does it (src/privacy, scripts/contentSecurityPolicy.ts). */
export function PrivacyScreen({ focusHeading }: { focusHeading: boolean }) {
  const { t } = useTranslation();
  const flow = useFlow();
  const headingRef = usePageHeading(t('privacy.title'), { focus: focusHeading });
  const close = () => flow.send({ type: 'privacy.close' });
  return (
    <>
      <BackButton label={t('privacy.back')} onBack={close} />
      <h1 ref={headingRef} tabIndex={-1} className="heading-l">
        {t('privacy.title')}
      </h1>
      {points.map((point) => (
        <p key={point}>{t(`privacy.points.${point}`)}</p>
      ))}
      <details className="more">
        <summary>{t('privacy.technical.title')}</summary>
        {technicalPoints.map((point) => (
          <p key={point}>{t(`privacy.technical.points.${point}`)}</p>
        ))}
      </details>
      <button type="button" className="button button--secondary" onClick={close}>
        {t('privacy.back')}
      </button>
    </>
  );
}
