import { useTexts } from '../i18n/useTexts';
import { useFlow, useFlowSelector } from '../flow/FlowProvider';

/** "Delete my answers": one click, on every page that has any. */
export function ClearAnswersButton() {
  const { t } = useTexts();
  const flow = useFlow();
  const hasAnswers = useFlowSelector((s) => Object.keys(s.answers).length > 0);
  if (!hasAnswers) return null;
  return (
    <button
      type="button"
      className="link-button header__clear"
      onClick={() => flow.send({ type: 'flow.restart' })}
    >
      {t('clearAnswers.button')}
    </button>
  );
}
