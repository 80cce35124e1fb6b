import { useTranslation } from 'react-i18next';
import { tData } from '../../i18n/keys';
import { useVoicedTranslation } from '../../ui/voice';
import type { Answers } from '../../questionnaire/answers';
import type { AlcoholAssessment } from '../../scoring/assessment';
import { MAX_DRINKS_A_DAY } from '../../scoring/alcoholAgainstRecommendation';
import { useQuestionnaire } from '../../flow/FlowProvider';
import { ageRange } from '../../scoring/ageRange';
import { AdultComparison, WeekChart } from './StandingCharts';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';
import { ReadAloud } from '../../readAloud/ReadAloud';

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
  // The age group is asked of everyone, so reading it from all answers matches the assessment's.
  const age = ageRange(useQuestionnaire().steps, answers);
  const weekly = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
    alcohol.weeklyDrinks,
  );
  // How often a day of 5 or more comes, in the words of the answer given ("a few days a year").
  const heavyLabel = tData(
    t,
    `questionnaire:items.alcohol-heavy-days.options.${alcohol.heavyDays}`,
  );
  const howOften = heavyLabel.charAt(0).toLocaleLowerCase(i18n.language) + heavyLabel.slice(1);
  const daily = alcohol.typicalDayDrinks > MAX_DRINKS_A_DAY ? 'aboveDailyTypical' : 'aboveDaily';
  return (
    <section aria-labelledby="alcohol-title">
      <h2 id="alcohol-title" className="heading-m">
        {t('result.alcohol.title')}
      </h2>
      <ReadAloud />
      {/* The limits and the week in one paragraph: the same subject, read as one. */}
      <p>
        {/* The limits are for adults: under 18 the recommendation is no alcohol, said below. */}
        {!alcohol.underAge && !alcohol.pregnant && <>{t('result.alcohol.recommendation')} </>}
        {alcohol.drinkingDays === 0
          ? t('result.alcohol.lessThanWeekly')
          : t('result.alcohol.weekly', { count: alcohol.weeklyDrinks, weekly })}
        {!alcohol.underAge && !alcohol.pregnant && alcohol.drinkingDays > 0 && (
          <>
            {' '}
            {t(alcohol.aboveWeekly ? 'result.alcohol.aboveWeekly' : 'result.alcohol.withinWeekly')}
          </>
        )}
      </p>
      {alcohol.pregnant ? (
        // Pregnant or trying: no alcohol at all, said in its own words.
        <p>{t('result.alcohol.pregnant')}</p>
      ) : alcohol.underAge ? (
        // Under 18 the recommendation is no alcohol: no figure can be "within" it.
        <p>{t('result.alcohol.underAge')}</p>
      ) : (
        <>
          <p>
            {alcohol.aboveDaily
              ? t(`result.alcohol.${daily}`, { drinks: alcohol.typicalDayDrinks, howOften })
              : t('result.alcohol.withinDaily')}
          </p>
          {/* Adults' figures only: under 18 or in pregnancy the recommendation is none at all. */}
          {/* The comparisons place the drinking; the glance above already says where it stands. */}
          <details className="more">
            <summary>{t('result.standing.title')}</summary>
            {alcohol.drinkingDays > 0 && (
              <WeekChart weeklyDrinks={alcohol.weeklyDrinks} weekly={weekly} />
            )}
            <AdultComparison age={age} />
          </details>
        </>
      )}
      <WhyDetails evidence={alcohol.evidence} explain={explain} about={t('result.alcohol.title')} />
    </section>
  );
}
