import { useVoicedTranslation } from '../../ui/voice';
import type { Answers } from '../../questionnaire/answers';
import type { Assessment, SubstanceAssessment } from '../../scoring/assessment';
import { SignsChart } from './StandingCharts';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails } from './WhyDetails';
import { ReadAloud } from '../../readAloud/ReadAloud';

function uncounted(substance: SubstanceAssessment): number {
  return substance.criteria.filter((c) => !c.counted).length;
}

/** One sign found for a substance, with the answers behind it. */
function SignItem({
  name,
  substanceName,
  evidence,
  explain,
  note,
}: {
  name: string;
  substanceName: string;
  evidence: readonly string[];
  explain: (stepId: string) => string;
  /** Said in brackets after the name, such as why it is not counted. */
  note?: string | undefined;
}) {
  return (
    <li>
      {name}
      {note && <span className="hint"> ({note})</span>}
      <WhyDetails evidence={evidence} explain={explain} about={`${substanceName}: ${name}`} />
    </li>
  );
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
      <ReadAloud />
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
          {(substance.criteria.length > 0 || substance.warningSigns.length > 0) && (
            <SignsChart met={substance.criteriaCount} band={substance.band} />
          )}
          {uncounted(substance) > 0 && (
            <p>{t('result.signs.uncounted', { count: uncounted(substance) })}</p>
          )}
          {substance.criteria.length > 0 && (
            <ul className="list list--bullet">
              {substance.criteria.map((finding) => (
                <SignItem
                  key={finding.criterion}
                  name={t(`questionnaire:criteria.${finding.criterion}.short`)}
                  substanceName={t(`questionnaire:substances.${substance.substance}.label`)}
                  evidence={finding.evidence}
                  explain={explain}
                  note={finding.counted ? undefined : t('result.signs.notCounted')}
                />
              ))}
            </ul>
          )}
          {substance.warningSigns.length > 0 && (
            <>
              <p>{t('result.signs.otherSigns', { count: substance.warningSigns.length })}</p>
              <ul className="list list--bullet">
                {substance.warningSigns.map((finding) => (
                  <SignItem
                    key={finding.sign}
                    name={t(`questionnaire:items.${finding.sign}.short`)}
                    substanceName={t(`questionnaire:substances.${substance.substance}.label`)}
                    evidence={finding.evidence}
                    explain={explain}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
