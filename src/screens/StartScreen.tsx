import { useTexts } from '../i18n/useTexts';
import { useFlow, useFlowSelector } from '../flow/FlowProvider';
import type { SnapshotLoad } from '../privacy/answersSnapshot';
import { Choice } from '../ui/Choice';
import { usePageHeading } from '../ui/usePageHeading';

const points = ['time', 'anonymous', 'notDiagnosis', 'oneAtATime'] as const;

/** Fetching the journey after a press: `pending` says so beside Start, `failed` says it failed. */
export type JourneyLoading = 'idle' | 'pending' | 'failed';

export function StartScreen({
  focusHeading,
  resumeStatus = 'none',
  loading = 'idle',
}: {
  focusHeading: boolean;
  resumeStatus?: SnapshotLoad['status'];
  /** The journey being fetched after a press on Start (or failing to arrive). */
  loading?: JourneyLoading;
}) {
  const { t } = useTexts();
  const flow = useFlow();
  const keepOnReload = useFlowSelector((s) => s.keepOnReload);
  const hasAnswers = useFlowSelector((s) => Object.keys(s.answers).length > 0);
  // Before the journey has arrived: a press on Start waits for it, and a failure is said here.
  const pending = loading === 'pending';
  const loadFailed = loading === 'failed';
  const headingRef = usePageHeading(t('start.title'), { focus: focusHeading });
  // A snapshot kept before anything was answered brings nothing back: nothing to announce.
  const notice = resumeStatus === 'restored' && !hasAnswers ? 'none' : resumeStatus;
  return (
    <>
      {notice !== 'none' && (
        <div className="panel" role="status">
          <p>{t(notice === 'restored' ? 'start.restored' : 'start.discarded')}</p>
        </div>
      )}
      <h1 ref={headingRef} tabIndex={-1} className="heading-xl">
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.intro')}</p>
      <ul className="list list--bullet">
        {points.map((point) => (
          <li key={point}>{t(`start.points.${point}`)}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--start"
        data-press="start"
        onClick={() => flow.send({ type: 'flow.start' })}
      >
        {hasAnswers ? t('start.continue') : t('start.button')}
      </button>
      {/* The page as served, with no script to run: Start cannot work, the numbers below still do. */}
      <noscript>
        <p className="panel">{t('start.needsScript')}</p>
      </noscript>
      {/* Beside the button that was pressed, where a phone's screen shows it. */}
      {loadFailed && (
        <div className="panel panel--error" role="alert">
          <p>{t('start.loadFailed')}</p>
        </div>
      )}
      {/* Its words for waiting and failing come with it: the page as served uses them while
          the app is being fetched (src/app/startApp.ts). */}
      <p
        className="hint start__status"
        role="status"
        data-loading={t('start.loading')}
        data-failed={t('start.loadFailed')}
      >
        {pending ? t('start.loading') : ''}
      </p>
      {/* Below Start, so Start stays in a phone's first screenful at 375 × 812. */}
      <Choice
        id="keep-on-reload"
        className="start__resume"
        type="checkbox"
        label={t('start.resume.label')}
        hint={t('start.resume.hint')}
        checked={keepOnReload}
        onChange={(event) => flow.send({ type: 'resume.set', keep: event.target.checked })}
      />
      {/* Who else the check is for: the first question asks it, so no second way in is needed. */}
      <section className="start__others" aria-labelledby="start-others">
        <h2 id="start-others" className="heading-s">
          {t('start.others.title')}
        </h2>
        <p>{t('start.others.relative')}</p>
        <p>{t('start.others.clinician')}</p>
      </section>
      <p>{t('start.exit')}</p>
      <p className="start__professionals">
        <button
          type="button"
          className="link-button"
          data-press="professionals"
          onClick={() => flow.send({ type: 'handover.open' })}
        >
          {t('start.professionals')}
        </button>
      </p>
    </>
  );
}
