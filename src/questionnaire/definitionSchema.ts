import { z } from 'zod';

/** The shape of `questionnaires/<id>/definition.json`. Cross-references are checked in `checkDefinition.ts`. */

const code = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be lower-case words joined by hyphens, like "past-week"',
  );

import {
  concerns,
  consumptionFigures,
  criterionIds,
  flagIds,
  icd11Groups,
  relativeConcerns,
  substanceKinds,
  voices,
  type Concern,
  type ConsumptionFigure,
  type CriterionId,
  type FlagId,
  type Icd11Group,
  type RelativeConcern,
  type SubstanceKind,
  type Voice,
} from './vocabulary';

export type {
  Concern,
  ConsumptionFigure,
  CriterionId,
  FlagId,
  Icd11Group,
  RelativeConcern,
  SubstanceKind,
  Voice,
};

export interface AnyOfCondition {
  item: string;
  anyOf: string[];
}
export interface CountCondition {
  item: string;
  countAtLeast: number;
  among?: string[];
}
export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}
export type Condition =
  AnyOfCondition | CountCondition | AllCondition | AnyCondition | NotCondition;

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ item: z.string(), anyOf: z.array(code).min(1) }),
    z.strictObject({
      item: z.string(),
      countAtLeast: z.number().int().min(1),
      among: z.array(code).min(1).optional(),
    }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** Ages in whole years, both ends included; no "to" means "and older". */
const agesSchema = z.strictObject({
  from: z.number().int().min(0),
  to: z.number().int().min(0).optional(),
});
export type AgeRange = z.infer<typeof agesSchema>;

const optionSchema = z.strictObject({
  code,
  /** An option that cannot be combined with others ("none of these"). */
  exclusive: z.boolean().optional(),
  /**
   * Days a week that this answer stands for: days of use (frequency, for the weekly alcohol
   * estimate) or days with 5 or more genstande (heavy days; 0 means none).
   */
  perWeek: z.number().min(0).max(7).optional(),
  /** The ages an age-group option stands for; the rules read these, never the code. */
  ages: agesSchema.optional(),
  /** Offered only in these voices, such as "don't know" for a relative or a clinician. */
  voices: z.array(z.enum(voices)).min(1).optional(),
  /** The answer says the sign could not be judged: scoring counts it apart, never as met. */
  unknown: z.boolean().optional(),
});

const measureSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('routing') }),
  z.strictObject({ type: z.literal('age-group') }),
  z.strictObject({ type: z.literal('substances') }),
  /** Who the questionnaire is about: its option codes are the voices (self, relative, clinician). */
  z.strictObject({ type: z.literal('audience') }),
  /** A relative's relationship to the person, from the relative's side ("child": the person is their parent). */
  z.strictObject({ type: z.literal('relationship') }),
  /** A relative's own situation: the answers in raisedBy tell the result to speak to it. */
  z.strictObject({
    type: z.literal('relative-concern'),
    concern: z.enum(relativeConcerns),
    raisedBy: z.array(code).min(1),
  }),
  z.strictObject({ type: z.literal('consumption'), figure: z.enum(consumptionFigures) }),
  z.strictObject({
    type: z.literal('criterion'),
    criterion: z.enum(criterionIds),
    metBy: z.array(code).min(1),
  }),
  z.strictObject({ type: z.literal('prescription'), asPrescribedBy: z.array(code).min(1) }),
  /**
   * A warning sign from the seed page that is shown on the result but counts towards no DSM-5
   * criterion; its short name is the item's `short` text.
   */
  z.strictObject({ type: z.literal('warning-sign'), metBy: z.array(code).min(1) }),
  /** Pregnant or trying to become pregnant: the answers in pregnantBy. */
  z.strictObject({ type: z.literal('pregnancy'), pregnantBy: z.array(code).min(1) }),
  z.strictObject({
    type: z.literal('flag'),
    flag: z.enum(flagIds),
    raisedBy: z.array(code).min(1),
    /** What the answer tells about, so the result can name it (and Livslinien for self-harm). */
    concern: z.enum(concerns).optional(),
  }),
]);
export type Measure = z.infer<typeof measureSchema>;

const substanceSetSchema = z.union([z.literal('all'), z.array(code).min(1)]);
export type SubstanceSet = z.infer<typeof substanceSetSchema>;

const itemSchema = z.strictObject({
  id: code,
  kind: z.enum(['single', 'multiple', 'number']),
  options: z.array(optionSchema).min(2).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  measures: z.array(measureSchema).min(1),
  showIf: conditionSchema.optional(),
  /** One page per chosen substance: of all substances ("all") or only of these codes. */
  forEachSubstance: substanceSetSchema.optional(),
  /** Shown only when one of these substances was chosen; a met sign applies to the chosen ones. */
  substanceScope: substanceSetSchema.optional(),
  /** After a sign is met and several substances apply, ask which of them it was about. */
  askWhichSubstance: z.boolean().optional(),
  source: z.string().optional(),
});
export type ItemDefinition = z.infer<typeof itemSchema>;
export type OptionDefinition = z.infer<typeof optionSchema>;

const substanceSchema = z.strictObject({
  code,
  kind: z.enum(substanceKinds),
  /** Stopping abruptly after withdrawal signs needs a doctor (docs/sources.md#withdrawal-alcohol, #withdrawal-sedatives-opioids, #withdrawal-ghb). */
  withdrawalRisk: z.boolean(),
});
export type SubstanceDefinition = z.infer<typeof substanceSchema>;

const criterionSchema = z.strictObject({
  id: z.enum(criterionIds),
  dsm5: z.number().int().min(1).max(11),
  icd11Group: z.enum([...icd11Groups, 'harm']),
});
export type CriterionDefinition = z.infer<typeof criterionSchema>;

export const definitionSchema = z.strictObject({
  id: code,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like "1.0.0"'),
  source: z.string().optional(),
  substances: z.array(substanceSchema).min(1),
  criteria: z.array(criterionSchema).length(criterionIds.length),
  items: z.array(itemSchema).min(1),
});
export type QuestionnaireDefinition = z.infer<typeof definitionSchema>;

const textSchema = z.string().min(1, 'must not be empty');
/** Self is the base key; another voice, when written, is the same key with i18next's context suffix. */
const itemTextsSchema = z.strictObject({
  title: textSchema,
  title_relative: textSchema.optional(),
  title_clinician: textSchema.optional(),
  hint: textSchema.optional(),
  hint_relative: textSchema.optional(),
  hint_clinician: textSchema.optional(),
  options: z.record(z.string(), textSchema).optional(),
  unit: textSchema.optional(),
  /** The unit after the number 1, where it differs ("dag" beside "dage"). */
  unit_one: textSchema.optional(),
  /** A warning sign's short name on the result (items with a "warning-sign" measure). */
  short: textSchema.optional(),
  short_relative: textSchema.optional(),
  short_clinician: textSchema.optional(),
});
export type ItemTexts = z.infer<typeof itemTextsSchema>;

export const textsSchema = z.strictObject({
  title: textSchema,
  substances: z.record(
    z.string(),
    z.strictObject({
      label: textSchema,
      label_relative: textSchema.optional(),
      label_clinician: textSchema.optional(),
      hint: textSchema.optional(),
      hint_relative: textSchema.optional(),
      hint_clinician: textSchema.optional(),
      inSentence: textSchema,
    }),
  ),
  criteria: z.record(z.string(), z.strictObject({ short: textSchema })),
  items: z.record(z.string(), itemTextsSchema),
  followUps: z.strictObject({ which: z.strictObject({ title: textSchema, hint: textSchema }) }),
});
export type QuestionnaireTexts = z.infer<typeof textsSchema>;
