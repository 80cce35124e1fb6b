import { useSyncExternalStore } from 'react';
import { useTexts } from '../i18n/useTexts';
import { useFlowSelector } from '../flow/FlowProvider';
import { currentStaleReason, pageReload, subscribeStaleReason } from './staleVersion';

/**
 * Says plainly that this page is out of date, or offline without the files it needs, and offers a
 * reload. Answers the person chose to keep come back after it (useAnswersSnapshot keeps them
 * current), if the questions have not changed; others are lost, and the notice says so.
 */
export function StaleVersionNotice() {
  const { t } = useTexts();
  const reason = useSyncExternalStore(subscribeStaleReason, currentStaleReason, () => undefined);
  const keepOnReload = useFlowSelector((s) => s.keepOnReload);
  const hasAnswers = useFlowSelector((s) => Object.keys(s.answers).length > 0);
  // An alert is announced when it appears: no empty one waits on every page.
  if (!reason) return null;
  return (
    <div role="alert" className="width-container">
      <div className="panel stale-version" data-stale-reason={reason}>
        <h2 className="heading-s">{t(`staleVersion.${reason}.title`)}</h2>
        <p>{t(`staleVersion.${reason}.body`)}</p>
        {hasAnswers && (
          <p>{t(keepOnReload ? 'staleVersion.answersKept' : 'staleVersion.answersLost')}</p>
        )}
        <button type="button" className="button" onClick={() => pageReload.reload()}>
          {t('staleVersion.reload')}
        </button>
      </div>
    </div>
  );
}
