import { useTranslation } from 'react-i18next';
import { useFlowActor } from '../flow/FlowProvider';
import { usePageHeading } from '../ui/usePageHeading';

const points = ['time', 'anonymous', 'notDiagnosis', 'oneAtATime'] as const;

export function StartScreen({ focusHeading }: { focusHeading: boolean }) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const headingRef = usePageHeading(t('start.title'), { focus: focusHeading });
  return (
    <>
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
        onClick={() => actor.send({ type: 'flow.start' })}
      >
        {t('start.button')}
      </button>
    </>
  );
}
