/**
 * The part of FHIR R4 (4.0.1) that the export writes and the import reads, as plain JSON types.
 * Only the elements used here; the full definitions are HL7's (docs/fhir.md).
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Extension {
  url: string;
  valueInteger?: number;
  valueCodeableConcept?: CodeableConcept;
}

export type QuestionnaireItemType =
  'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'choice';

export interface QuestionnaireEnableWhen {
  question: string;
  operator: 'exists' | '=';
  answerBoolean?: boolean;
  answerCoding?: Coding;
}

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  extension?: Extension[];
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: string;
  item: QuestionnaireItem[];
}

/** Exactly one value[x] is set. */
export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueCoding?: Coding;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'completed';
  authored: string;
  language: string;
  item: QuestionnaireResponseItem[];
}
