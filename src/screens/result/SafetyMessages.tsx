import { useVoicedTranslation } from '../../ui/voice';
import type { Answers } from '../../questionnaire/answers';
import type { NextAction } from '../../referral/nextStep';
import type { FlagFinding } from '../../scoring/assessment';
import { NextStepList } from './ResultAtAGlance';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';

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
          {flag === 'harm-reduction' ? (
            // Said for each cause the answers gave, not one text for all of them.
            concerns.map((concern) => (
              <p key={concern}>{t(`result.flags.harm-reduction.because.${concern}`)}</p>
            ))
          ) : (
            <>
              {/* Drinking alone can make stopping dangerous: said before the general advice. */}
              {flag === 'do-not-stop-abruptly' && concerns.includes('daily-heavy-drinking') && (
                <p>{t('result.flags.do-not-stop-abruptly.because.daily-heavy-drinking')}</p>
              )}
              <p>{t(`result.flags.${flag}.body`)}</p>
            </>
          )}
          {flag === 'urgent' && <NextStepList actions={urgentActions} withReasons={false} />}
          <WhyDetails
            evidence={evidence}
            explain={explain}
            about={t(`result.flags.${flag}.title`)}
          />
        </section>
      ))}
    </>
  );
}
