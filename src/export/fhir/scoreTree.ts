import type { QuestionnaireTexts } from '../../questionnaire/definitionSchema';
import type { Questionnaire } from '../../questionnaire/questionnaire';
import { concerns, criterionIds, flagIds, icd11Groups } from '../../questionnaire/vocabulary';
import {
  dsmBands,
  resultLevels,
  type Assessment,
  type DsmBand,
  type PregnancyFinding,
  type ResultLevel,
  type SubstanceAssessment,
} from '../../scoring/assessment';
import { scoreSystem } from './canonical';
import type { QuestionnaireResponseAnswer } from './fhirR4';
import type { ExportTexts } from './exportTexts';

/** Where a score's words come from: the export's own texts and the questionnaire's. */
export interface ScoreWords {
  labels: ExportTexts;
  texts: QuestionnaireTexts;
}

export interface ScoreChoices {
  system: string;
  codes: readonly string[];
  display: (code: string, words: ScoreWords) => string | undefined;
}

/** A derived score: read-only in the Questionnaire, answered from the assessment in a response. */
export interface ScoreQuestion {
  kind: 'question';
  linkId: string;
  type: 'choice' | 'integer' | 'decimal' | 'boolean';
  repeats: boolean;
  text: (words: ScoreWords) => string;
  choices?: ScoreChoices;
  /** Its answers in an assessment: none when it does not apply, and then it is left out. */
  answers: (assessment: Assessment) => QuestionnaireResponseAnswer[];
}

export interface ScoreGroup {
  kind: 'group';
  linkId: string;
  text: (words: ScoreWords) => string;
  items: ScoreNode[];
}

export type ScoreNode = ScoreQuestion | ScoreGroup;

function choices(
  name: string,
  codes: readonly string[],
  display: ScoreChoices['display'],
): ScoreChoices {
  return { system: scoreSystem(name), codes, display };
}

const levelChoices = choices('result-level', resultLevels, (code, { labels }) =>
  resultLevels.includes(code as ResultLevel) ? labels.levels[code as ResultLevel] : undefined,
);
const bandChoices = choices('dsm5-band', dsmBands, (code, { labels }) =>
  dsmBands.includes(code as DsmBand) ? labels.bands[code as DsmBand] : undefined,
);
const groupChoices = choices(
  'icd11-feature-group',
  icd11Groups,
  (code, { labels }) => labels.icd11GroupNames[code as (typeof icd11Groups)[number]],
);
const flagChoices = choices(
  'flag',
  flagIds,
  (code, { labels }) => labels.flagNames[code as (typeof flagIds)[number]],
);
const concernChoices = choices(
  'flag-concern',
  concerns,
  (code, { labels }) => labels.concernNames[code as (typeof concerns)[number]],
);
const criterionChoices = choices(
  'dsm5-criterion',
  criterionIds,
  (code, { texts }) => texts.criteria[code]?.short,
);
const pregnancyStatuses = ['pregnant', 'not-pregnant', 'unknown'] as const;
const pregnancyChoices = choices(
  'pregnancy',
  pregnancyStatuses,
  (code, { labels }) => labels.pregnancyStatuses[code as PregnancyFinding['status']],
);

/** The items that ask a warning sign counted towards no criterion: the codes of their score. */
function warningSignChoices(questionnaire: Questionnaire): ScoreChoices {
  const signItems = questionnaire.definition.items
    .filter((item) => item.measures.some((m) => m.type === 'warning-sign'))
    .map((item) => item.id);
  return choices('warning-sign', signItems, (code, { texts }) => texts.items[code]?.short);
}

function codings(
  { system }: ScoreChoices,
  codes: readonly string[],
): QuestionnaireResponseAnswer[] {
  return codes.map((code) => ({ valueCoding: { system, code } }));
}

function substanceGroup(questionnaire: Questionnaire, substance: string): ScoreGroup {
  const { definition, steps } = questionnaire;
  const linkId = (name: string) => `score.${substance}.${name}`;
  const of = (assessment: Assessment): SubstanceAssessment | undefined =>
    assessment.substances.find((s) => s.substance === substance);
  const prescribable = steps.some(
    (s) => s.substance === substance && s.measures.some((m) => m.type === 'prescription'),
  );
  // As in scoring: the alcohol figures are those of the first substance of the alcohol kind.
  const isAlcohol = definition.substances.find((s) => s.kind === 'alcohol')?.code === substance;
  const signChoices = warningSignChoices(questionnaire);
  const items: ScoreQuestion[] = [
    {
      kind: 'question',
      linkId: linkId('criteria-count'),
      type: 'integer',
      repeats: false,
      text: ({ labels }) => labels.criteriaCount,
      answers: (a) => {
        const found = of(a);
        return found ? [{ valueInteger: found.criteriaCount }] : [];
      },
    },
    {
      kind: 'question',
      linkId: linkId('criteria'),
      type: 'choice',
      repeats: true,
      text: ({ labels }) => labels.criteria,
      choices: criterionChoices,
      answers: (a) =>
        codings(
          criterionChoices,
          (of(a)?.criteria ?? []).filter((c) => c.counted).map((c) => c.criterion),
        ),
    },
    {
      kind: 'question',
      linkId: linkId('warning-signs'),
      type: 'choice',
      repeats: true,
      text: ({ labels }) => labels.warningSigns,
      choices: signChoices,
      answers: (a) =>
        codings(
          signChoices,
          (of(a)?.warningSigns ?? []).map((w) => w.sign),
        ),
    },
    {
      kind: 'question',
      linkId: linkId('dsm5-band'),
      type: 'choice',
      repeats: false,
      text: ({ labels }) => labels.band,
      choices: bandChoices,
      answers: (a) => {
        const found = of(a);
        return found ? codings(bandChoices, [found.band]) : [];
      },
    },
    {
      kind: 'question',
      linkId: linkId('icd11-groups'),
      type: 'choice',
      repeats: true,
      text: ({ labels }) => labels.icd11Groups,
      choices: groupChoices,
      answers: (a) => codings(groupChoices, of(a)?.icd11Groups ?? []),
    },
    {
      kind: 'question',
      linkId: linkId('dependence-indicated'),
      type: 'boolean',
      repeats: false,
      text: ({ labels }) => labels.dependenceIndicated,
      answers: (a) => {
        const found = of(a);
        return found ? [{ valueBoolean: found.dependenceIndicated }] : [];
      },
    },
  ];
  if (prescribable) {
    items.push({
      kind: 'question',
      linkId: linkId('taken-as-prescribed'),
      type: 'boolean',
      repeats: false,
      text: ({ labels }) => labels.takenAsPrescribed,
      answers: (a) => {
        const found = of(a);
        return found ? [{ valueBoolean: found.takenAsPrescribed }] : [];
      },
    });
  }
  if (isAlcohol) {
    items.push(
      {
        kind: 'question',
        linkId: linkId('weekly-drinks'),
        type: 'decimal',
        repeats: false,
        text: ({ labels }) => labels.weeklyDrinks,
        answers: (a) => (a.alcohol ? [{ valueDecimal: a.alcohol.weeklyDrinks }] : []),
      },
      {
        kind: 'question',
        linkId: linkId('above-recommendation'),
        type: 'boolean',
        repeats: false,
        text: ({ labels }) => labels.aboveRecommendation,
        answers: (a) => (a.alcohol ? [{ valueBoolean: a.alcohol.aboveRecommendation }] : []),
      },
    );
  }
  return {
    kind: 'group',
    linkId: `score.${substance}`,
    text: ({ texts }) => texts.substances[substance]?.label ?? substance,
    items,
  };
}

/**
 * The scores group's linkId. An item named "scores", or a per-substance item named "score", would
 * clash with the score linkIds; the tests check every linkId is unique (docs/fhir.md).
 */
export const scoresLinkId = 'scores';

/**
 * The derived scores, laid out as one read-only group at the end of the Questionnaire: the level,
 * the safety flags and what raised them, pregnancy when it was asked, and per substance its
 * criteria, the warning signs that count towards none, DSM-5 band and ICD-11 groups (with the
 * alcohol estimate under the alcohol substance).
 */
export function scoreTree(questionnaire: Questionnaire): ScoreGroup {
  return {
    kind: 'group',
    linkId: scoresLinkId,
    text: ({ labels }) => labels.scores,
    items: [
      {
        kind: 'question',
        linkId: 'score.level',
        type: 'choice',
        repeats: false,
        text: ({ labels }) => labels.level,
        choices: levelChoices,
        answers: (a) => codings(levelChoices, [a.level]),
      },
      {
        kind: 'question',
        linkId: 'score.flags',
        type: 'choice',
        repeats: true,
        text: ({ labels }) => labels.flags,
        choices: flagChoices,
        answers: (a) =>
          codings(
            flagChoices,
            a.flags.map((f) => f.flag),
          ),
      },
      {
        kind: 'question',
        linkId: 'score.concerns',
        type: 'choice',
        repeats: true,
        text: ({ labels }) => labels.concerns,
        choices: concernChoices,
        answers: (a) => {
          const raised = new Set(a.flags.flatMap((f) => f.concerns));
          return codings(
            concernChoices,
            concerns.filter((c) => raised.has(c)),
          );
        },
      },
      {
        kind: 'question',
        linkId: 'score.pregnancy',
        type: 'choice',
        repeats: false,
        text: ({ labels }) => labels.pregnancy,
        choices: pregnancyChoices,
        answers: (a) => (a.pregnancy ? codings(pregnancyChoices, [a.pregnancy.status]) : []),
      },
      ...questionnaire.definition.substances.map((s) => substanceGroup(questionnaire, s.code)),
    ],
  };
}
