import type { NextAction, NextStepReason } from './nextStep';
import type { Referral, ReasonId } from './reasons';

/**
 * The help cards whose whole message the next step already gives: the same place, for the same
 * reason. A card with a reason of its own (withdrawal, medicine in pregnancy) always stays. What
 * the place is then goes with the next step ("More about …"), so nothing on the page is lost.
 * The urgent set has none: its box holds only the numbers, and the full cards lead the list.
 */
const saidByNextStep: Record<NextStepReason, readonly ReasonId[]> = {
  'danger-now': [],
  'talk-now': [],
  overdose: [],
  provider: [],
  'alcohol-line': ['alcohol-line'],
  treatment: ['drug-treatment'],
  'relative-line': ['relative-alcohol-line'],
  'relative-treatment': ['relative-drug-treatment'],
  'relative-doctor': ['relative-own-gp'],
  'young-online': ['young-online'],
  doctor: ['gp-talk'],
  'doctor-if-you-wonder': ['gp-if-you-wonder'],
  // The card names Familieambulatoriet, where the doctor or midwife can refer: it stays.
  pregnancy: [],
};

/** The help listed below "Your next step": everything chosen, less what the next step says already. */
export function helpBelowNextStep(
  help: readonly Referral[],
  nextActions: readonly NextAction[],
): Referral[] {
  return help.filter(
    (card) =>
      !nextActions.some(
        (action) =>
          action.service === card.service && saidByNextStep[action.reason].includes(card.reason),
      ),
  );
}
