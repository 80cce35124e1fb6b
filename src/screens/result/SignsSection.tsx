import { useTranslation } from 'react-i18next';
import { useQuestionnaire } from '../../flow/FlowProvider';
import type { Answers } from '../../questionnaire/answers';
import type { Assessment } from '../../scoring/assessment';
import { answerText } from '../answerText';
import { stepTexts } from '../stepTexts';

/** The signs found per substance, in the seed's terms, with the answers behind each. */
export function SignsSection({
  assessment,
  answers,
}: {
  assessment: Assessment;
  answers: Answers;
}) {
  const { t, i18n } = useTranslation();
  const questionnaire = useQuestionnaire();
  if (assessment.substances.length === 0) return null;
  const evidenceText = (stepId: string): string => {
    const step = questionnaire.steps.find((s) => s.id === stepId);
    if (!step) return stepId;
    const texts = stepTexts(step, answers, questionnaire, i18n);
    const question = step.followUpOf ? (texts.hint ?? texts.title) : texts.title;
    const answer = answerText(answers[stepId], texts, i18n.language);
    return t('result.signs.answered', { answer, question });
  };
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
            {substance.criteria.length === 0
              ? t('result.signs.noneForSubstance')
              : t('result.signs.count', { count: substance.criteriaCount })}
          </p>
          {substance.criteria.length > 0 && (
            <ul className="list list--bullet">
              {substance.criteria.map((finding) => (
                <li key={finding.criterion}>
                  {t(`questionnaire:criteria.${finding.criterion}.short`)}
                  {!finding.counted && (
                    <span className="hint"> — {t('result.signs.notCounted')}</span>
                  )}
                  <details>
                    <summary>{t('result.signs.why')}</summary>
                    <ul className="list">
                      {finding.evidence.map((stepId) => (
                        <li key={stepId}>{evidenceText(stepId)}</li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
