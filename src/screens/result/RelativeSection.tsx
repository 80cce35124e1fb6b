import type { Answers } from '../../questionnaire/answers';
import type { Referral } from '../../referral/reasons';
import { urgentForConcern } from '../../referral/rules/forARelative';
import { services } from '../../referral/services';
import type { RelativeConcernFinding } from '../../scoring/assessment';
import { ServicePhone } from '../../ui/ServicePhone';
import { useVoicedTranslation } from '../../ui/voice';
import { HelpList } from './HelpList';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';
import { ReadAloud } from '../../readAloud/ReadAloud';

const talkTips = ['moment', 'worry', 'specific', 'listen', 'help'] as const;

/**
 * A relative's own part of the result: what their answers said about them, help for their own
 * sake, and plain ways to raise the subject with the person.
 */
export function RelativeSection({
  concerns,
  help,
  answers,
}: {
  concerns: readonly RelativeConcernFinding[];
  help: readonly Referral[];
  answers: Answers;
}) {
  const { t } = useVoicedTranslation();
  const explain = useEvidenceText(answers);
  return (
    <section aria-labelledby="relative-title" className="relative-section">
      <h2 id="relative-title" className="heading-m">
        {t('result.relative.title')}
      </h2>
      <ReadAloud />
      <p>{t('result.relative.intro')}</p>
      {concerns.map(({ concern, evidence }) => {
        const urgent = urgentForConcern(concern);
        return (
          <div key={concern} className={urgent ? 'panel panel--urgent' : undefined}>
            <p>{t(`result.relative.concerns.${concern}`)}</p>
            {urgent && (
              <p>
                <ServicePhone service={services[urgent]} />
              </p>
            )}
            <WhyDetails evidence={evidence} explain={explain} about={t('result.relative.title')} />
          </div>
        );
      })}
      <h3 className="heading-s">{t('result.relative.talk.title')}</h3>
      <ul className="list list--bullet">
        {talkTips.map((tip) => (
          <li key={tip}>{t(`result.relative.talk.${tip}`)}</li>
        ))}
      </ul>
      {help.length > 0 && (
        <>
          <h3 className="heading-s">{t('result.relative.helpTitle')}</h3>
          <HelpList referrals={help} headingLevel={4} />
        </>
      )}
    </section>
  );
}
