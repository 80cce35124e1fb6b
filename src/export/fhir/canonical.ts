import type { QuestionnaireDefinition } from '../../questionnaire/definitionSchema';

/**
 * The base of every canonical URL the export writes. An identifier, never fetched: nothing is
 * published there, and the app makes no request to it (docs/fhir.md).
 */
export const fhirBase = 'https://rusmiddeltjek.dk/fhir';

export function questionnaireUrl(questionnaireId: string): string {
  return `${fhirBase}/Questionnaire/${questionnaireId}`;
}

/** `url|version`: what a QuestionnaireResponse names as its questionnaire. */
export function questionnaireCanonical(definition: QuestionnaireDefinition): string {
  return `${questionnaireUrl(definition.id)}|${definition.version}`;
}

/** The code system of one item's answer codes (for "which of them?" pages: the substances item's). */
export function answerSystem(questionnaireId: string, itemId: string): string {
  return `${fhirBase}/CodeSystem/${questionnaireId}-${itemId}`;
}

/** The code system of a derived score's codes: the same for every questionnaire. */
export function scoreSystem(name: string): string {
  return `${fhirBase}/CodeSystem/${name}`;
}
