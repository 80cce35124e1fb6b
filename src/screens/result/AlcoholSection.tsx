import { useTranslation } from 'react-i18next';
import { useVoicedTranslation } from '../../ui/voice';
import type { Answers } from '../../questionnaire/answers';
import type { AlcoholAssessment } from '../../scoring/assessment';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';

/** Drinking against the recommendation, kept apart from the sign count so few signs never reassure. */
export function AlcoholSection({
  alcohol,
  answers,
}: {
  alcohol: AlcoholAssessment;
  answers: Answers;
}) {
  const { i18n } = useTranslation();
  const { t } = useVoicedTranslation();
  const explain = useEvidenceText(answers);
  const weekly = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
    alcohol.weeklyDrinks,
  );
  return (
    <section aria-labelledby="alcohol-title">
      <h2 id="alcohol-title" className="heading-m">
        {t('result.alcohol.title')}
      </h2>
      {/* The limits are for adults: under 18 the recommendation is no alcohol, said below. */}
      {!alcohol.underAge && <p>{t('result.alcohol.recommendation')}</p>}
      <p>{t('result.alcohol.weekly', { count: alcohol.weeklyDrinks, weekly })}</p>
      {alcohol.underAge ? (
        // Under 18 the recommendation is no alcohol: no figure can be "within" it.
        <p>{t('result.alcohol.underAge')}</p>
      ) : (
        <>
          <p>
            {t(alcohol.aboveWeekly ? 'result.alcohol.aboveWeekly' : 'result.alcohol.withinWeekly')}
          </p>
          <p>
            {t(alcohol.aboveDaily ? 'result.alcohol.aboveDaily' : 'result.alcohol.withinDaily')}
          </p>
        </>
      )}
      <WhyDetails evidence={alcohol.evidence} explain={explain} about={t('result.alcohol.title')} />
      <p>{t('result.alcohol.separate')}</p>
    </section>
  );
}
