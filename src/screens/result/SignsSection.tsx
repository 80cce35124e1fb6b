import { useVoicedTranslation } from '../../ui/voice';
import { tData } from '../../i18n/keys';
import type { CriterionId } from '../../questionnaire/vocabulary';
import type { Answers } from '../../questionnaire/answers';
import type { Assessment, SubstanceAssessment } from '../../scoring/assessment';
import { SignsChart } from './StandingCharts';
import { useEvidenceText } from './useEvidenceText';
import { WhyDetails, type EvidenceGroup } from './WhyDetails';
import { ReadAloud } from '../../readAloud/ReadAloud';

function uncounted(substance: SubstanceAssessment): number {
  return substance.criteria.filter((c) => !c.counted).length;
}

/** One sign found for a substance; the answers behind it are in the substance's one disclosure. */
function SignItem({ name, note }: { name: string; note?: string | undefined }) {
  return (
    <li>
      {name}
      {note && <span className="hint"> ({note})</span>}
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
  const criterionName = (id: CriterionId) => t(`questionnaire:criteria.${id}.short`);
  const warningSignName = (id: string) => tData(t, `questionnaire:items.${id}.short`);
  // One "which answers?" per substance, each sign's answers under its name: less to scroll past.
  const evidenceGroups = (substance: SubstanceAssessment): EvidenceGroup[] => [
    ...substance.criteria.map((f) => ({ name: criterionName(f.criterion), evidence: f.evidence })),
    ...substance.warningSigns.map((f) => ({ name: warningSignName(f.sign), evidence: f.evidence })),
  ];
  return (
    <section aria-labelledby="signs-title">
      <h2 id="signs-title" className="heading-m">
        {t('result.signs.title')}
      </h2>
      <ReadAloud />
      {assessment.substances.map((substance) => (
        <div key={substance.substance} className="substance-signs">
          <h3 className="heading-s">
            {tData(t, `questionnaire:substances.${substance.substance}.label`)}
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
                  name={criterionName(finding.criterion)}
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
                  <SignItem key={finding.sign} name={warningSignName(finding.sign)} />
                ))}
              </ul>
            </>
          )}
          <WhyDetails
            groups={evidenceGroups(substance)}
            explain={explain}
            about={tData(t, `questionnaire:substances.${substance.substance}.label`)}
          />
        </div>
      ))}
    </section>
  );
}
