import { useTranslation } from 'react-i18next';
import type { FlagId } from '../../questionnaire/definitionSchema';
import type { Referral } from '../../referral/reasons';
import { HelpList } from './HelpList';

/** The safety boxes, shown above the level whatever it is; the urgent one carries its numbers. */
export function SafetyMessages({
  flags,
  urgentHelp,
}: {
  flags: readonly FlagId[];
  urgentHelp: readonly Referral[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {flags.map((flag) => (
        <section
          key={flag}
          className={`panel panel--${flag}`}
          data-flag={flag}
          aria-labelledby={`flag-${flag}-title`}
        >
          <h2 id={`flag-${flag}-title`} className="heading-m">
            {t(`result.flags.${flag}.title`)}
          </h2>
          <p>{t(`result.flags.${flag}.body`)}</p>
          {flag === 'urgent' && <HelpList referrals={urgentHelp} />}
        </section>
      ))}
    </>
  );
}
