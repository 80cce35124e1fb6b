import { useTranslation } from 'react-i18next';
import { useFlowActor, useFlowSelector } from '../flow/FlowProvider';
import { flowLocation } from '../flow/flowLocation';

export function PrivacyLink() {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const location = useFlowSelector(flowLocation);
  if (location.screen === 'privacy') return null;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => actor.send({ type: 'privacy.open', from: location })}
    >
      {t('privacy.link')}
    </button>
  );
}
