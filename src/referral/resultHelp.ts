import { chooseHelp } from './chooseHelp';
import { helpBelowNextStep } from './helpBelowNextStep';
import { isUrgent } from './isUrgent';
import { nextStep, type NextAction, type ProviderContact } from './nextStep';
import type { Referral } from './reasons';
import type { ReferralInput } from './referral';
import { services, type ServiceId } from './services';

/** The help on the result page, split by where each part of it is shown. */
export interface ResultHelp {
  /** Everything chosen, in display order. */
  chosen: Referral[];
  /** Danger to life: the urgent set (112 first), in the urgent box above the level; else none. */
  urgentActions: NextAction[];
  /** Otherwise the one thing to do first, under "Your next step"; none when urgent. */
  nextActions: NextAction[];
  /** The person's help cards under "Help", less any card that only says what the next step says. */
  listed: Referral[];
  /** The person's help whose card is left out: the next step says what the place is instead. */
  toldByNextStep: Referral[];
  /** A relative's help for their own sake, all of it: in their own section, their one list. */
  forRelative: Referral[];
  /**
   * The person's help "Min plan" offers to contact first: theirs in display order, less the lines
   * for danger to life, whose numbers stay in the safety boxes.
   */
  firstCall: ServiceId[];
}

/**
 * Which help the result page shows where. With danger to life the urgent box holds only the
 * numbers, so every card stays in the list, the urgent lines' full cards leading it.
 */
export function resultHelp(input: ReferralInput, provider?: ProviderContact): ResultHelp {
  const chosen = chooseHelp(input);
  const actions = nextStep(input, chosen, provider);
  const urgent = isUrgent(input);
  const forPerson = chosen.filter((r) => !r.forRelative);
  const listed = helpBelowNextStep(forPerson, urgent ? [] : actions);
  return {
    chosen,
    urgentActions: urgent ? actions : [],
    nextActions: urgent ? [] : actions,
    listed,
    toldByNextStep: forPerson.filter((r) => !listed.includes(r)),
    forRelative: chosen.filter((r) => r.forRelative),
    firstCall: forPerson
      .filter((r) => services[r.service].group !== 'urgent')
      .map((r) => r.service),
  };
}
