import type {
  Condition,
  ItemDefinition,
  Measure,
  OptionDefinition,
  QuestionnaireDefinition,
  SubstanceSet,
} from './definitionSchema';
import { audienceItem } from './itemVoices';

/** One page of the journey: an item, an item's instance for one substance, or a "which of them?" follow-up. */
export interface Step {
  id: string;
  kind: ItemDefinition['kind'];
  /** The item in the definition whose texts and rules this page uses. */
  itemId: string;
  options: readonly OptionDefinition[];
  min?: number;
  max?: number;
  measures: readonly Measure[];
  condition?: Condition;
  /** The substance this page asks about (a per-substance item). */
  substance?: string;
  /** The substances a sign on this page can apply to. */
  substanceScope?: readonly string[];
  /** For a "which of them?" page: the sign page it follows. */
  followUpOf?: string;
  /** Options offered only when chosen in the substances item ("which of them?"). */
  optionsFromSubstances?: boolean;
  /** The audience page whose answer decides which options are offered (some are for some voices). */
  voiceFrom?: string;
}

export const whichSuffix = '.which';

/** What makes a page a sign: a DSM-5 criterion, or a warning sign shown but not counted. */
export function signMeasure(
  measures: readonly Measure[],
): Extract<Measure, { type: 'criterion' | 'warning-sign' }> | undefined {
  return measures.find(
    (m): m is Extract<Measure, { type: 'criterion' | 'warning-sign' }> =>
      m.type === 'criterion' || m.type === 'warning-sign',
  );
}

export function substancesItemId(definition: QuestionnaireDefinition): string {
  const item = definition.items.find((i) => i.measures.some((m) => m.type === 'substances'));
  if (!item)
    throw new Error(`Questionnaire "${definition.id}" has no item that asks for substances`);
  return item.id;
}

function resolveSubstanceSet(definition: QuestionnaireDefinition, set: SubstanceSet): string[] {
  return set === 'all' ? definition.substances.map((s) => s.code) : [...set];
}

function withCondition(...conditions: (Condition | undefined)[]): Condition | undefined {
  const present = conditions.filter((c): c is Condition => c !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return { all: present };
}

function baseStep(item: ItemDefinition): Step {
  return {
    id: item.id,
    kind: item.kind,
    itemId: item.id,
    options: item.options ?? [],
    ...(item.min !== undefined && { min: item.min }),
    ...(item.max !== undefined && { max: item.max }),
    measures: item.measures,
  };
}

function perSubstanceSteps(
  definition: QuestionnaireDefinition,
  item: ItemDefinition,
  set: SubstanceSet,
  substancesId: string,
): Step[] {
  return resolveSubstanceSet(definition, set).map((substance) => {
    const condition = withCondition({ item: substancesId, anyOf: [substance] }, item.showIf);
    return {
      ...baseStep(item),
      id: `${item.id}.${substance}`,
      substance,
      ...(condition && { condition }),
    };
  });
}

function scopedSteps(
  definition: QuestionnaireDefinition,
  item: ItemDefinition,
  set: SubstanceSet,
  substancesId: string,
): Step[] {
  const scope = resolveSubstanceSet(definition, set);
  const condition = withCondition(
    { item: substancesId, countAtLeast: 1, among: scope },
    item.showIf,
  );
  const step: Step = { ...baseStep(item), substanceScope: scope, ...(condition && { condition }) };
  const sign = signMeasure(item.measures);
  if (!item.askWhichSubstance || !sign) return [step];
  const which: Step = {
    id: `${item.id}${whichSuffix}`,
    kind: 'multiple',
    itemId: item.id,
    options: scope.map((code) => ({ code })),
    measures: [{ type: 'routing' }],
    condition: {
      all: [
        ...(condition ? [condition] : []),
        { item: item.id, anyOf: sign.metBy },
        { item: substancesId, countAtLeast: 2, among: scope },
      ],
    },
    substanceScope: scope,
    followUpOf: item.id,
    optionsFromSubstances: true,
  };
  return [step, which];
}

/** The pages of a questionnaire in order, with per-substance items and follow-ups laid out. */
export function expandSteps(definition: QuestionnaireDefinition): Step[] {
  const audienceId = audienceItem(definition)?.id;
  const voiced = (step: Step): Step =>
    audienceId !== undefined && step.options.some((o) => o.voices !== undefined)
      ? { ...step, voiceFrom: audienceId }
      : step;
  return layOutSteps(definition).map(voiced);
}

function layOutSteps(definition: QuestionnaireDefinition): Step[] {
  const substancesId = substancesItemId(definition);
  return definition.items.flatMap((item) => {
    if (item.forEachSubstance) {
      return perSubstanceSteps(definition, item, item.forEachSubstance, substancesId);
    }
    if (item.substanceScope) {
      return scopedSteps(definition, item, item.substanceScope, substancesId);
    }
    const step = baseStep(item);
    return [item.showIf ? { ...step, condition: item.showIf } : step];
  });
}
