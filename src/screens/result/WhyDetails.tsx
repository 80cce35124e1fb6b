import { useTranslation } from 'react-i18next';

/** "Which answers led to this?": the answers behind one part of the result, folded away. */
export function WhyDetails({
  evidence,
  explain,
  about,
}: {
  evidence: readonly string[];
  explain: (stepId: string) => string;
  /** What this part of the result is, said to screen readers: many such disclosures share a page. */
  about: string;
}) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <details className="why">
      <summary>
        {t('result.signs.why')}
        <span className="visually-hidden"> – {about}</span>
      </summary>
      <ul className="list">
        {evidence.map((stepId) => (
          <li key={stepId}>{explain(stepId)}</li>
        ))}
      </ul>
    </details>
  );
}
