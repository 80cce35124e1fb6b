import { useTranslation } from 'react-i18next';
import { useFlow, useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { visibleSteps } from '../questionnaire/visibility';
import { BackButton } from '../ui/BackButton';
import { usePageHeading } from '../ui/usePageHeading';
import { useVoicedTranslation } from '../ui/voice';
import { answerText } from './answerText';
import { groupRows } from './reviewGroups';
import { stepTexts } from './stepTexts';

export function ReviewScreen({ focusHeading }: { focusHeading: boolean }) {
  const { t, i18n } = useTranslation();
  const flow = useFlow();
  const questionnaire = useQuestionnaire();
  const answers = useFlowSelector((s) => s.answers);
  const { t: voiced, name } = useVoicedTranslation();
  const headingRef = usePageHeading(t('review.title'), { focus: focusHeading });
  const rows = visibleSteps(questionnaire.steps, answers).map((step) => {
    const texts = stepTexts(step, answers, questionnaire, i18n, name);
    const question = step.followUpOf ? (texts.hint ?? texts.title) : texts.title;
    return { step, question, answer: answerText(answers[step.id], texts, i18n.language) };
  });
  const confirm = () => flow.send({ type: 'review.confirm' });
  return (
    <>
      <BackButton label={t('question.back')} onBack={() => flow.send({ type: 'nav.back' })} />
      <h1 ref={headingRef} tabIndex={-1} className="heading-l">
        {t('review.title')}
      </h1>
      <p>{t('review.intro')}</p>
      {/* The same event as the button below: someone who has checked while answering need not scroll. */}
      <button type="button" className="button review__confirm-top" onClick={confirm}>
        {t('review.confirm')}{' '}
        <span className="visually-hidden">{t('review.confirmTopHidden')}</span>
      </button>
      {groupRows(rows, questionnaire.steps).map(({ group, rows: inGroup }) => (
        <section key={group} className="review__group" aria-labelledby={`review-${group}`}>
          <h2 id={`review-${group}`} className="heading-s">
            {voiced(`ui:review.groups.${group}`)}
          </h2>
          <dl className="summary-list">
            {inGroup.map(({ step, question, answer }) => (
              <div className="summary-list__row" key={step.id}>
                <dt className="summary-list__key">{question}</dt>
                <dd className="summary-list__value">{answer || t('review.none')}</dd>
                <dd className="summary-list__actions">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => flow.send({ type: 'review.change', stepId: step.id })}
                  >
                    {t('review.change')}{' '}
                    <span className="visually-hidden">
                      {t('review.changeHidden', { question })}
                    </span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <button type="button" className="button" onClick={confirm}>
        {t('review.confirm')}
      </button>
    </>
  );
}
