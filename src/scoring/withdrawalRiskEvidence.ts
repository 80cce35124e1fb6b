import type { QuestionnaireDefinition } from '../questionnaire/definitionSchema';
import type { SubstanceAssessment } from './assessment';

/**
 * The steps that met withdrawal for a substance that is risky to stop abruptly, counted or not:
 * a sedative taken as prescribed still must not be stopped without a doctor (docs/sources.md#withdrawal-sedatives-opioids).
 */
export function withdrawalRiskEvidence(
  definition: QuestionnaireDefinition,
  substances: readonly SubstanceAssessment[],
): string[] {
  const atRisk = new Set(definition.substances.filter((s) => s.withdrawalRisk).map((s) => s.code));
  const evidence = substances
    .filter((s) => atRisk.has(s.substance))
    .flatMap((s) => s.criteria.filter((c) => c.criterion === 'withdrawal'))
    .flatMap((c) => c.evidence);
  return [...new Set(evidence)];
}
