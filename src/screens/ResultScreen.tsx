import { useVoicedTranslation } from '../ui/voice';
import { useMemo, useState } from 'react';
import { deploymentConfig } from '../config/deploymentConfig';
import { demoProvider } from '../contact/demoProvider';
import { useFlow, useFlowSelector, useQuestionnaire } from '../flow/FlowProvider';
import { referralInput } from '../referral/referralInput';
import { resultHelp } from '../referral/resultHelp';
import { ADULT_FROM_AGE } from '../scoring/alcoholAgainstRecommendation';
import type { Assessment } from '../scoring/assessment';
import type { TextKeyOfJourney } from '../i18n/keys';
import { levelRaisedOnlyBy } from '../scoring/levelRaisedOnlyBy';
import { signsNotJudged } from '../scoring/signsNotJudged';
import { intakeSummary } from '../summary/intakeSummary';
import { BackButton } from '../ui/BackButton';
import { usePageHeading } from '../ui/usePageHeading';
import { FhirDownloads } from './handover/FhirDownloads';
import { HandoverShare } from './handover/HandoverShare';
import { AlcoholSection } from './result/AlcoholSection';
import { CallbackForm } from './result/CallbackForm';
import { HelpList } from './result/HelpList';
import { IntakeSummaryView } from './result/IntakeSummaryView';
import { PrintResultButton } from './result/NameInPrint';
import { PlanSection } from './result/PlanSection';
import { ProviderHelp } from './result/ProviderHelp';
import { RelativeSection } from './result/RelativeSection';
import { ResultAtAGlance } from './result/ResultAtAGlance';
import { SafetyMessages } from './result/SafetyMessages';
import { SignsSection } from './result/SignsSection';
import { ReadAloud } from '../readAloud/ReadAloud';

/** "None of these" is its own answer, not "no signs in your use". */
function levelSentenceKey(assessment: Assessment): TextKeyOfJourney {
  // A safety flag alone is not a verdict on the use: the headline says what it is about.
  const flag = levelRaisedOnlyBy(assessment);
  if (flag !== undefined) {
    const group = assessment.substances.length === 0 ? 'flagOnlyNoUse' : 'flagOnly';
    return `result.level.${group}.${flag}`;
  }
  if (assessment.level !== 'none') return `result.level.${assessment.level}`;
  if (assessment.substances.length === 0) return 'result.level.noUse';
  // "Don't know" is not "no": no signs found is not no signs, when some could not be judged.
  return signsNotJudged(assessment) > 0 ? 'result.level.noneKnown' : 'result.level.none';
}

/** The scale places the use: not shown when nothing was used or a safety flag alone set the level. */
function showsScale(assessment: Assessment): boolean {
  return assessment.substances.length > 0 && levelRaisedOnlyBy(assessment) === undefined;
}

function isUnder18(assessment: Assessment): boolean {
  return assessment.age?.to !== undefined && assessment.age.to < ADULT_FROM_AGE;
}

function hasUncountedSigns(assessment: Assessment): boolean {
  return assessment.substances.some((s) => s.criteria.some((c) => !c.counted));
}

export function ResultScreen({
  assessment,
  focusHeading,
}: {
  assessment: Assessment;
  focusHeading: boolean;
}) {
  const { t } = useVoicedTranslation();
  const flow = useFlow();
  const questionnaire = useQuestionnaire();
  const answers = useFlowSelector((s) => s.answers);
  const provider = demoProvider ?? deploymentConfig.provider;
  const help = useMemo(
    () => resultHelp(referralInput(questionnaire, assessment), provider),
    [questionnaire, assessment, provider],
  );
  const headingRef = usePageHeading(t('result.title'), { focus: focusHeading });
  const showsHelpSection = help.listed.length > 0 || provider !== undefined;
  const unknown = signsNotJudged(assessment);
  // The summary's time is when the result was first shown, not each re-render.
  const [madeAt] = useState(() => new Date());
  const isClinician = assessment.audience === 'clinician';
  // Only a clinician's result shows the intake summary.
  const summary = useMemo(
    () => (isClinician ? intakeSummary(questionnaire, assessment, madeAt) : undefined),
    [isClinician, questionnaire, assessment, madeAt],
  );

  return (
    <div className={`result result--${assessment.audience}`}>
      <BackButton label={t('question.back')} onBack={() => flow.send({ type: 'nav.back' })} />
      <h1 ref={headingRef} tabIndex={-1} className="heading-l">
        {t('result.title')}
      </h1>
      <SafetyMessages
        flags={assessment.flags}
        urgentActions={help.urgentActions}
        answers={answers}
      />
      <ResultAtAGlance
        assessment={assessment}
        levelSentence={t(levelSentenceKey(assessment))}
        showScale={showsScale(assessment)}
        actions={help.nextActions}
        provider={provider}
        described={help.toldByNextStep.map((r) => r.service)}
      />
      {unknown > 0 && <p>{t('result.signs.unknown', { count: unknown })}</p>}
      {hasUncountedSigns(assessment) && <p>{t('result.signs.asPrescribedNote')}</p>}
      <p>{t('result.notDiagnosis')}</p>
      {isUnder18(assessment) && <p>{t('result.young')}</p>}
      {summary && <IntakeSummaryView summary={summary} />}
      <SignsSection assessment={assessment} answers={answers} />
      {assessment.alcohol && <AlcoholSection alcohol={assessment.alcohol} answers={answers} />}
      {assessment.level === 'none' && <p>{t('result.meaning.none')}</p>}
      {/* Background to the result, not a step to take: folded so help comes sooner. */}
      <details className="more result-meaning">
        <summary>{t('result.meaning.title')}</summary>
        {/* Drinking is weighed on its own, so few signs never reassure about a heavy week. */}
        {assessment.alcohol && <p>{t('result.alcohol.separate')}</p>}
        <p>{t('result.meaning.basis')}</p>
        <p>{t('result.meaning.limits')}</p>
        <p>{t('result.meaning.changes')}</p>
      </details>
      {showsHelpSection && (
        <section aria-labelledby="help-title">
          <h2 id="help-title" className="heading-m">
            {t('result.help.title')}
          </h2>
          <ReadAloud />
          {/* The deploying provider's own offer comes first: it is who the person is visiting. */}
          <ProviderHelp provider={provider}>
            {provider?.callbackEndpoint && (
              <CallbackForm endpoint={provider.callbackEndpoint} assessment={assessment} />
            )}
          </ProviderHelp>
          <HelpList referrals={help.listed} />
        </section>
      )}
      {isClinician && <FhirDownloads answers={answers} assessment={assessment} madeAt={madeAt} />}
      {assessment.audience === 'relative' && (
        <RelativeSection
          concerns={assessment.relativeConcerns}
          help={help.forRelative}
          answers={answers}
        />
      )}
      {/* What can be done with the result, each one button until chosen: less to read first. */}
      <section aria-labelledby="actions-title" className="result-actions">
        <h2 id="actions-title" className="heading-m">
          {t('result.actions.title')}
        </h2>
        <PlanSection assessment={assessment} help={help} />
        {assessment.audience === 'self' && <HandoverShare answers={answers} />}
        <div className="result-actions__buttons no-print">
          <PrintResultButton />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => flow.send({ type: 'flow.restart' })}
          >
            {t('result.actions.restart')}
          </button>
        </div>
      </section>
    </div>
  );
}
