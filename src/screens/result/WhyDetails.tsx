import { useTranslation } from 'react-i18next';

/** The answers behind one sign (named) or one part of the result (no name). */
export interface EvidenceGroup {
  name?: string;
  evidence: readonly string[];
}

function AnswerList({
  evidence,
  explain,
}: {
  evidence: readonly string[];
  explain: (stepId: string) => string;
}) {
  return (
    <ul className="list">
      {evidence.map((stepId) => (
        <li key={stepId}>{explain(stepId)}</li>
      ))}
    </ul>
  );
}

/**
 * "Which answers led to this?": the answers behind one part of the result, folded away. Given
 * `groups`, one disclosure holds the answers behind several signs, each under the sign's name.
 */
export function WhyDetails({
  evidence = [],
  groups,
  explain,
  about,
}: {
  evidence?: readonly string[];
  groups?: readonly EvidenceGroup[];
  explain: (stepId: string) => string;
  /** What this part of the result is, said to screen readers: many such disclosures share a page. */
  about: string;
}) {
  const { t } = useTranslation();
  const shown = (groups ?? [{ evidence }]).filter((group) => group.evidence.length > 0);
  if (shown.length === 0) return null;
  return (
    <details className="why">
      <summary>
        {t('result.signs.why')}
        <span className="visually-hidden"> – {about}</span>
      </summary>
      {shown.map((group) =>
        group.name === undefined ? (
          <AnswerList key="" evidence={group.evidence} explain={explain} />
        ) : (
          <div key={group.name} className="why__group">
            <p className="why__sign">{group.name}</p>
            <AnswerList evidence={group.evidence} explain={explain} />
          </div>
        ),
      )}
    </details>
  );
}
