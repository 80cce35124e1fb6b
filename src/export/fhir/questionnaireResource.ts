import type { Questionnaire } from '../../questionnaire/questionnaire';
import { questionnaireUrl } from './canonical';
import { enableWhen } from './enableWhen';
import type { Extension, Questionnaire as FhirQuestionnaire, QuestionnaireItem } from './fhirR4';
import { questionTree, type QuestionNode, type QuestionTreeNode } from './questionTree';
import { optionDisplay, questionHint, questionText, type LanguageTexts } from './questionTexts';
import { scoreTree, type ScoreNode, type ScoreWords } from './scoreTree';
import { stepAnswerSystem } from './stepAnswerSystem';

/** R4 core extensions for a number's bounds and a hint shown as help. */
const minValue = 'http://hl7.org/fhir/StructureDefinition/minValue';
const maxValue = 'http://hl7.org/fhir/StructureDefinition/maxValue';
const itemControl = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const itemControlSystem = 'http://hl7.org/fhir/questionnaire-item-control';

/** A computer-usable name (R4 invariant que-0: starts upper-case, letters, digits and _). */
function machineName(id: string): string {
  const name = id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

function hintItem(linkId: string, text: string): QuestionnaireItem {
  return {
    linkId: `${linkId}.hint`,
    type: 'display',
    text,
    extension: [
      {
        url: itemControl,
        valueCodeableConcept: { coding: [{ system: itemControlSystem, code: 'help' }] },
      },
    ],
  };
}

function questionItem(
  questionnaire: Questionnaire,
  node: QuestionNode,
  languageTexts: LanguageTexts,
): QuestionnaireItem {
  const { step } = node;
  const condition = step.condition && enableWhen(questionnaire, step.condition);
  const hint = questionHint(questionnaire, step, languageTexts);
  const children = [
    ...(hint ? [hintItem(node.linkId, hint)] : []),
    ...node.followUps.map((f) => questionItem(questionnaire, f, languageTexts)),
  ];
  const bounds: Extension[] = [
    ...(step.min !== undefined ? [{ url: minValue, valueInteger: step.min }] : []),
    ...(step.max !== undefined ? [{ url: maxValue, valueInteger: step.max }] : []),
  ];
  const system = stepAnswerSystem(questionnaire, step);
  return {
    linkId: node.linkId,
    text: questionText(questionnaire, step, languageTexts),
    type: step.kind === 'number' ? 'integer' : 'choice',
    ...(step.kind === 'number' && bounds.length > 0 && { extension: bounds }),
    ...condition,
    // Every page shown must be answered; say so only where enableWhen says when it is shown.
    ...((!step.condition || condition) && { required: true }),
    ...(step.kind === 'multiple' && { repeats: true }),
    ...(step.kind !== 'number' && {
      answerOption: step.options.map((option) => {
        const display = optionDisplay(step, option.code, languageTexts.texts);
        return { valueCoding: { system, code: option.code, ...(display && { display }) } };
      }),
    }),
    ...(children.length > 0 && { item: children }),
  };
}

function treeItem(
  questionnaire: Questionnaire,
  node: QuestionTreeNode,
  languageTexts: LanguageTexts,
): QuestionnaireItem {
  if (node.kind === 'question') return questionItem(questionnaire, node, languageTexts);
  return {
    linkId: node.linkId,
    type: 'group',
    item: node.questions.map((q) => questionItem(questionnaire, q, languageTexts)),
  };
}

function scoreItem(node: ScoreNode, words: ScoreWords): QuestionnaireItem {
  if (node.kind === 'group') {
    return {
      linkId: node.linkId,
      type: 'group',
      text: node.text(words),
      item: node.items.map((child) => scoreItem(child, words)),
    };
  }
  const { choices } = node;
  return {
    linkId: node.linkId,
    text: node.text(words),
    type: node.type,
    ...(node.repeats && { repeats: true }),
    readOnly: true,
    ...(choices && {
      answerOption: choices.codes.map((code) => {
        const display = choices.display(code, words);
        return { valueCoding: { system: choices.system, code, ...(display && { display }) } };
      }),
    }),
  };
}

/**
 * The questionnaire as a FHIR R4 Questionnaire in one language, generated from its definition:
 * the questions by linkId (docs/fhir.md) and, last, the read-only scores a response carries.
 */
export function questionnaireResource(
  questionnaire: Questionnaire,
  languageTexts: LanguageTexts,
): FhirQuestionnaire {
  const { definition } = questionnaire;
  const { texts, labels, language } = languageTexts;
  return {
    resourceType: 'Questionnaire',
    url: questionnaireUrl(definition.id),
    version: definition.version,
    name: machineName(definition.id),
    title: texts.title,
    status: 'active',
    language,
    item: [
      ...questionTree(questionnaire).map((node) => treeItem(questionnaire, node, languageTexts)),
      scoreItem(scoreTree(questionnaire), { labels, texts }),
    ],
  };
}
