import type { Answers } from '../questionnaire/answers';
import type { ConsumptionFigure } from '../questionnaire/definitionSchema';
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Step } from '../questionnaire/steps';
import { ageRange } from './ageRange';
import { alcoholAgainstRecommendation } from './alcoholAgainstRecommendation';
import type { AlcoholAssessment } from './assessment';
import { chosenSubstances } from './chosenSubstances';
import { dailyHeavyDrinking } from './dailyHeavyDrinking';
import { pregnancyAnswer } from './pregnancyAnswer';

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
  const daysStep = measuring(steps, 'drinking-days', alcohol);
  const typicalDayStep = measuring(steps, 'typical-day-drinks', alcohol);
  const heavyDaysStep = measuring(steps, 'heavy-days', alcohol);
  if (!daysStep || !typicalDayStep || !heavyDaysStep) return undefined;
  const drinkingDays = answers[daysStep.id];
  const typicalDayDrinks = answers[typicalDayStep.id];
  const heavyDays = answers[heavyDaysStep.id];
  const heavyDaysPerWeek = heavyDaysStep.options.find((o) => o.code === heavyDays)?.perWeek;
  if (
    typeof drinkingDays !== 'number' ||
    typeof typicalDayDrinks !== 'number' ||
    typeof heavyDays !== 'string' ||
    heavyDaysPerWeek === undefined
  ) {
    return undefined;
  }
  const age = ageRange(steps, answers);
  const pregnancy = pregnancyAnswer(steps, answers);
  const judgement = alcoholAgainstRecommendation({
    drinkingDays,
    typicalDayDrinks,
    heavyDaysPerWeek,
    ...(age !== undefined && { age }),
    pregnant: pregnancy?.status === 'pregnant',
  });
  const ageStep = steps.find((s) => s.measures.some((m) => m.type === 'age-group'));
  return {
    ...judgement,
    drinkingDays,
    typicalDayDrinks,
    heavyDays,
    evidence: [
      ...(judgement.underAge && ageStep ? [ageStep.id] : []),
      ...(judgement.pregnant && pregnancy ? pregnancy.evidence : []),
      daysStep.id,
      typicalDayStep.id,
      heavyDaysStep.id,
    ],
    dailyHeavyEvidence: dailyHeavyDrinking(drinkingDays, typicalDayDrinks)
      ? [daysStep.id, typicalDayStep.id]
      : [],
  };
}
