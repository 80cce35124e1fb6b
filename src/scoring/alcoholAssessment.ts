import type { Answers } from '../questionnaire/answers';
import type { ConsumptionFigure } from '../questionnaire/definitionSchema';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Step } from '../questionnaire/steps';
import { ageRange } from './ageRange';
import { alcoholAgainstRecommendation } from './alcoholAgainstRecommendation';
import type { AlcoholAssessment } from './assessment';
import { chosenSubstances } from './chosenSubstances';

function measuring(
  steps: readonly Step[],
  figure: ConsumptionFigure,
  substance: string,
): Step | undefined {
  return steps.find(
    (step) =>
      (step.substance === undefined || step.substance === substance) &&
      step.measures.some((m) => m.type === 'consumption' && m.figure === figure),
  );
}

/**
 * Alcohol against the recommendation, when alcohol was chosen and its three figures answered.
 * `answers` must hold visible answers only.
 */
export function alcoholAssessment(
  questionnaire: Questionnaire,
  answers: Answers,
): AlcoholAssessment | undefined {
  const { definition, steps } = questionnaire;
  const alcohol = definition.substances.find((s) => s.kind === 'alcohol')?.code;
  if (alcohol === undefined || !chosenSubstances(questionnaire, answers).includes(alcohol)) {
    return undefined;
  }
  const frequencyStep = measuring(steps, 'frequency', alcohol);
  const typicalDayStep = measuring(steps, 'typical-day-drinks', alcohol);
  const heavyDaysStep = measuring(steps, 'heavy-days', alcohol);
  if (!frequencyStep || !typicalDayStep || !heavyDaysStep) return undefined;
  const perWeek = (step: Step) => step.options.find((o) => o.code === answers[step.id])?.perWeek;
  const frequencyPerWeek = perWeek(frequencyStep);
  const heavyDaysPerWeek = perWeek(heavyDaysStep);
  const typicalDayDrinks = answers[typicalDayStep.id];
  const heavyDays = answers[heavyDaysStep.id];
  if (
    frequencyPerWeek === undefined ||
    heavyDaysPerWeek === undefined ||
    typeof typicalDayDrinks !== 'number' ||
    typeof heavyDays !== 'string'
  ) {
    return undefined;
  }
  const age = ageRange(steps, answers);
  const judgement = alcoholAgainstRecommendation({
    frequencyPerWeek,
    typicalDayDrinks,
    heavyDaysPerWeek,
    ...(age !== undefined && { age }),
  });
  const ageStep = steps.find((s) => s.measures.some((m) => m.type === 'age-group'));
  return {
    ...judgement,
    typicalDayDrinks,
    heavyDays,
    evidence: [
      ...(judgement.underAge && ageStep ? [ageStep.id] : []),
      frequencyStep.id,
      typicalDayStep.id,
      heavyDaysStep.id,
    ],
  };
}
