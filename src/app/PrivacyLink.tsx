import { useTexts } from '../i18n/useTexts';
import { useFlow, useFlowSelector } from '../flow/FlowProvider';

export function PrivacyLink() {
  const { t } = useTexts();
  const flow = useFlow();
  const location = useFlowSelector((s) => s.location);
  if (location.screen === 'privacy') return null;
  return (
    <button
      type="button"
      className="link-button"
      // Found again by this name when pressed before the app had arrived (src/app/earlyPresses.ts).
      data-press="privacy"
      onClick={() => flow.send({ type: 'privacy.open', from: location })}
    >
      {t('privacy.link')}
    </button>
  );
}
