import { useVoicedTranslation } from '../../ui/voice';
import { tData } from '../../i18n/keys';
import type { Answers } from '../../questionnaire/answers';
import type { NextAction } from '../../referral/nextStep';
import type { Concern } from '../../questionnaire/vocabulary';
import type { FlagFinding } from '../../scoring/assessment';
import { NextStepList } from './ResultAtAGlance';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';
import { ReadAloud } from '../../readAloud/ReadAloud';

/**
 * The danger and "talk to a doctor" in view, the rest folded, so the level still shows on a
 * phone's first screen under this box.
 */
function DoNotStopText({
  concerns,
  evidence,
  explain,
}: {
  concerns: readonly Concern[];
  evidence: readonly string[];
  explain: (stepId: string) => string;
}) {
  const { t } = useVoicedTranslation();
  return (
    <>
      <p className="panel__lead">{t('result.flags.do-not-stop-abruptly.lead')}</p>
      <details className="more">
        <summary>{t('result.flags.do-not-stop-abruptly.more')}</summary>
        {/* Drinking alone can make stopping dangerous: said before the general advice. */}
        {concerns.includes('daily-heavy-drinking') && (
          <p>{t('result.flags.do-not-stop-abruptly.because.daily-heavy-drinking')}</p>
        )}
        <p>{t('result.flags.do-not-stop-abruptly.body')}</p>
        <WhyDetails
          evidence={evidence}
          explain={explain}
          about={t('result.flags.do-not-stop-abruptly.title')}
        />
      </details>
    </>
  );
}

/**
 * The safety boxes, shown above the level whatever it is; the urgent one carries the urgent next
 * step, short so the level still shows on a phone's first screen (the full cards are under help).
 */
export function SafetyMessages({
  flags,
  urgentActions,
  answers,
}: {
  flags: readonly FlagFinding[];
  urgentActions: readonly NextAction[];
  answers: Answers;
}) {
  const { t } = useVoicedTranslation();
  const explain = useEvidenceText(answers);
  return (
    <>
      {flags.map(({ flag, evidence, concerns }) => (
        <section
          key={flag}
          className={`panel panel--${flag}`}
          data-flag={flag}
          aria-labelledby={`flag-${flag}-title`}
        >
          <h2 id={`flag-${flag}-title`} className="heading-m">
            {t(`result.flags.${flag}.title`)}
          </h2>
          <ReadAloud />
          {flag === 'harm-reduction' ? (
            // Said for each cause the answers gave, not one text for all of them.
            concerns.map((concern) => (
              <p key={concern}>{tData(t, `ui:result.flags.harm-reduction.because.${concern}`)}</p>
            ))
          ) : flag === 'do-not-stop-abruptly' ? (
            <DoNotStopText concerns={concerns} evidence={evidence} explain={explain} />
          ) : (
            <p>{t(`result.flags.${flag}.body`)}</p>
          )}
          {flag === 'urgent' && <NextStepList actions={urgentActions} withReasons={false} />}
          {flag !== 'do-not-stop-abruptly' && (
            <WhyDetails
              evidence={evidence}
              explain={explain}
              about={t(`result.flags.${flag}.title`)}
            />
          )}
        </section>
      ))}
    </>
  );
}
