import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from '../app/Layout';
import { useFlowActor, useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { chooseHelp } from '../referral/chooseHelp';
import { referralInput } from '../referral/referralInput';
import { services } from '../referral/services';
import { assess } from '../scoring/assess';
import { BackButton } from '../ui/BackButton';
import { usePageHeading } from '../ui/usePageHeading';
import { AlcoholSection } from './result/AlcoholSection';
import { HelpList } from './result/HelpList';
import { SafetyMessages } from './result/SafetyMessages';
import { SignsSection } from './result/SignsSection';

export function ResultScreen({ focusHeading }: { focusHeading: boolean }) {
  const { t } = useTranslation();
  const actor = useFlowActor();
  const questionnaire = useQuestionnaire();
  const answers = useFlowSelector((s) => s.context.answers);
  const assessment = useMemo(() => assess(questionnaire, answers), [questionnaire, answers]);
  const help = useMemo(
    () => chooseHelp(referralInput(questionnaire, answers, assessment, 'self')),
    [questionnaire, answers, assessment],
  );
  const headingRef = usePageHeading(t('result.title'), { focus: focusHeading });
  const urgent = help.filter((r) => services[r.service].group === 'urgent');
  const otherHelp = help.filter((r) => services[r.service].group !== 'urgent');

  return (
    <Layout resultLevel={assessment.level}>
      <BackButton label={t('question.back')} onBack={() => actor.send({ type: 'nav.back' })} />
      <h1 ref={headingRef} tabIndex={-1} className="heading-l">
        {t('result.title')}
      </h1>
      <SafetyMessages flags={assessment.flags} urgentHelp={urgent} answers={answers} />
      <p className="result-level">{t(`result.level.${assessment.level}`)}</p>
      <p>{t('result.notDiagnosis')}</p>
      <SignsSection assessment={assessment} answers={answers} />
      {assessment.alcohol && <AlcoholSection alcohol={assessment.alcohol} answers={answers} />}
      <section aria-labelledby="meaning-title">
        <h2 id="meaning-title" className="heading-m">
          {t('result.meaning.title')}
        </h2>
        {assessment.level === 'none' && <p>{t('result.meaning.none')}</p>}
        <p>{t('result.meaning.basis')}</p>
        <p>{t('result.meaning.limits')}</p>
        <p>{t('result.meaning.changes')}</p>
      </section>
      <section aria-labelledby="help-title">
        <h2 id="help-title" className="heading-m">
          {t('result.help.title')}
        </h2>
        <HelpList referrals={otherHelp.length > 0 ? otherHelp : help} />
      </section>
      <section aria-labelledby="actions-title" className="no-print">
        <h2 id="actions-title" className="heading-m">
          {t('result.actions.title')}
        </h2>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('result.actions.print')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => actor.send({ type: 'flow.restart' })}
        >
          {t('result.actions.restart')}
        </button>
      </section>
    </Layout>
  );
}
