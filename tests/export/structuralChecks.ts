import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from '../../src/export/fhir/fhirR4';

/**
 * Checks that neither R4 validator makes (docs/fhir.md): the R4 invariants of a Questionnaire that
 * need more than a schema (que-0 … que-12 as they apply here), and a response against its
 * Questionnaire, as HL7's own validator would do: same canonical, every linkId in its place and
 * order, each answer of the item's type, each coding one of the item's answerOptions.
 */

function allItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [item, ...allItems(item.item)]);
}

export function questionnaireProblems(questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  const items = allItems(questionnaire.item);
  const byLinkId = new Map(items.map((item) => [item.linkId, item]));
  if (!/^[A-Z]([A-Za-z0-9_]){0,254}$/.test(questionnaire.name)) {
    problems.push(`que-0: name "${questionnaire.name}" is not usable as an identifier`);
  }
  if (byLinkId.size !== items.length) problems.push('que-2: linkIds are not unique');
  for (const item of items) {
    const at = `item ${item.linkId}`;
    if (item.type === 'group' && !item.item?.length) problems.push(`que-1: ${at} has no items`);
    if (item.type === 'display' && item.item?.length) problems.push(`que-1: ${at} has items`);
    if (item.answerOption && item.type !== 'choice') problems.push(`que-5: ${at} has options`);
    if (item.type === 'display' && (item.required !== undefined || item.repeats !== undefined)) {
      problems.push(`que-6: ${at} is required or repeats`);
    }
    if (item.type === 'display' && item.readOnly !== undefined) problems.push(`que-9: ${at}`);
    if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior) {
      problems.push(`que-12: ${at} has several enableWhen and no enableBehavior`);
    }
    if (item.type === 'choice' && !item.answerOption?.length) {
      problems.push(`${at} is a choice without answerOptions`);
    }
    for (const when of item.enableWhen ?? []) {
      const target = byLinkId.get(when.question);
      if (!target || target.type === 'group' || target.type === 'display') {
        problems.push(`${at}: enableWhen names ${when.question}, which is not a question`);
      } else if (
        when.answerCoding &&
        !target.answerOption?.some(
          (o) =>
            o.valueCoding.system === when.answerCoding?.system &&
            o.valueCoding.code === when.answerCoding?.code,
        )
      ) {
        problems.push(`${at}: enableWhen's code is not an option of ${when.question}`);
      }
    }
  }
  return problems;
}

function answerProblems(
  definition: QuestionnaireItem,
  answer: QuestionnaireResponseAnswer,
): string[] {
  const at = `answer to ${definition.linkId}`;
  const values = Object.keys(answer).filter((key) => key.startsWith('value'));
  if (values.length !== 1) return [`${at} has ${values.length} values`];
  switch (definition.type) {
    case 'choice': {
      const coding = answer.valueCoding;
      const offered = definition.answerOption?.some(
        (o) => o.valueCoding.system === coding?.system && o.valueCoding.code === coding?.code,
      );
      return offered ? [] : [`${at}: ${JSON.stringify(coding)} is not an answerOption`];
    }
    case 'integer':
      return Number.isSafeInteger(answer.valueInteger) ? [] : [`${at} is not an integer`];
    case 'decimal':
      return Number.isFinite(answer.valueDecimal) ? [] : [`${at} is not a decimal`];
    case 'boolean':
      return typeof answer.valueBoolean === 'boolean' ? [] : [`${at} is not a boolean`];
    default:
      return [`${at}: a ${definition.type} item takes no answer`];
  }
}

/** The response's items against the Questionnaire's items at the same place. */
function itemsProblems(
  definitions: readonly QuestionnaireItem[],
  items: readonly QuestionnaireResponseItem[],
): string[] {
  const problems: string[] = [];
  let last = -1;
  const seen = new Set<string>();
  for (const item of items) {
    const at = definitions.findIndex((d) => d.linkId === item.linkId);
    const definition = definitions[at];
    if (!definition) {
      problems.push(`${item.linkId} is not in the Questionnaire at this place`);
      continue;
    }
    if (seen.has(item.linkId)) problems.push(`qrs-2: ${item.linkId} is repeated`);
    seen.add(item.linkId);
    if (at < last) problems.push(`${item.linkId} is out of the Questionnaire's order`);
    last = at;
    if (definition.type === 'display') problems.push(`${item.linkId} is a display item`);
    const answers = item.answer ?? [];
    if (item.item && answers.some((a) => a.item)) {
      problems.push(`qrs-1: ${item.linkId} nests items beneath both item and answer`);
    }
    if (definition.type === 'group') {
      if (answers.length > 0) problems.push(`group ${item.linkId} has answers`);
      if (!item.item?.length) problems.push(`group ${item.linkId} is empty`);
      problems.push(...itemsProblems(definition.item ?? [], item.item ?? []));
      continue;
    }
    if (answers.length === 0) problems.push(`${item.linkId} has no answer`);
    if (answers.length > 1 && !definition.repeats) {
      problems.push(`${item.linkId} has ${answers.length} answers and does not repeat`);
    }
    if (item.item?.length) problems.push(`${item.linkId} has items beside its answers`);
    for (const answer of answers) {
      problems.push(...answerProblems(definition, answer));
      problems.push(...itemsProblems(definition.item ?? [], answer.item ?? []));
    }
  }
  return problems;
}

export function responseProblems(
  questionnaire: Questionnaire,
  response: QuestionnaireResponse,
): string[] {
  const canonical = `${questionnaire.url}|${questionnaire.version}`;
  return [
    ...(response.questionnaire === canonical
      ? []
      : [`questionnaire is ${response.questionnaire}, not ${canonical}`]),
    ...itemsProblems(questionnaire.item, response.item),
  ];
}

/** Every linkId in a response, nested ones included. */
export function responseLinkIds(items: readonly QuestionnaireResponseItem[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [
    item.linkId,
    ...responseLinkIds(item.item),
    ...(item.answer ?? []).flatMap((a) => responseLinkIds(a.item)),
  ]);
}
