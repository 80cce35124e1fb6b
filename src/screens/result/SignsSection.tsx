import { useVoicedTranslation } from '../../ui/voice';
import type { Answers } from '../../questionnaire/answers';
import type { Assessment, SubstanceAssessment } from '../../scoring/assessment';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';

function uncounted(substance: SubstanceAssessment): number {
  return substance.criteria.filter((c) => !c.counted).length;
}

/** The signs found per substance, in the seed's terms, with the answers behind each. */
export function SignsSection({
  assessment,
  answers,
}: {
  assessment: Assessment;
  answers: Answers;
}) {
  const { t } = useVoicedTranslation();
  const explain = useEvidenceText(answers);
  if (assessment.substances.length === 0) return null;
  return (
    <section aria-labelledby="signs-title">
      <h2 id="signs-title" className="heading-m">
        {t('result.signs.title')}
      </h2>
      {assessment.substances.map((substance) => (
        <div key={substance.substance} className="substance-signs">
          <h3 className="heading-s">
            {t(`questionnaire:substances.${substance.substance}.label`)}
          </h3>
          <p>
            {substance.criteria.length > 0 || substance.warningSigns.length > 0
              ? t('result.signs.count', { count: substance.criteriaCount })
              : substance.unknownCriteria.length > 0
                ? t('result.signs.noneKnownForSubstance', {
                    count: substance.unknownCriteria.length,
                  })
                : t('result.signs.noneForSubstance')}
          </p>
          {uncounted(substance) > 0 && (
            <p>{t('result.signs.uncounted', { count: uncounted(substance) })}</p>
          )}
          {substance.criteria.length > 0 && (
            <ul className="list list--bullet">
              {substance.criteria.map((finding) => (
                <li key={finding.criterion}>
                  {t(`questionnaire:criteria.${finding.criterion}.short`)}
                  {!finding.counted && (
                    <span className="hint"> ({t('result.signs.notCounted')})</span>
                  )}
                  <WhyDetails
                    evidence={finding.evidence}
                    explain={explain}
                    about={`${t(`questionnaire:substances.${substance.substance}.label`)}: ${t(
                      `questionnaire:criteria.${finding.criterion}.short`,
                    )}`}
                  />
                </li>
              ))}
            </ul>
          )}
          {substance.warningSigns.length > 0 && (
            <>
              <p>{t('result.signs.otherSigns', { count: substance.warningSigns.length })}</p>
              <ul className="list list--bullet">
                {substance.warningSigns.map((finding) => (
                  <li key={finding.sign}>
                    {t(`questionnaire:items.${finding.sign}.short`)}
                    <WhyDetails
                      evidence={finding.evidence}
                      explain={explain}
                      about={`${t(`questionnaire:substances.${substance.substance}.label`)}: ${t(
                        `questionnaire:items.${finding.sign}.short`,
                      )}`}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
