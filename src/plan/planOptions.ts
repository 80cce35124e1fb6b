import type { ResultHelp } from '../referral/resultHelp';
import type { ServiceId } from '../referral/services';
import type { Assessment } from '../scoring/assessment';
import {
  hardDayIds,
  raiseIds,
  talkToIds,
  type HardDay,
  type Plan,
  type Raise,
  type TalkTo,
} from './plan';

/** At most 4 genstande on one day (docs/sources.md#alcohol-recommendation). */
export const RECOMMENDED_MOST_PER_DAY = 4;

/** What a person can choose from; empty lists and absent numbers are parts not offered. */
export interface SelfPlanOptions {
  audience: 'self';
  /** Drink-free days a week to choose from; absent when there is no drinking to plan. */
  freeDays?: readonly number[];
  /** Most genstande on one day to choose from; absent when no alcohol is the recommendation. */
  maxPerDay?: readonly number[];
  talkTo: readonly TalkTo[];
  firstCall: readonly ServiceId[];
  hardDay: readonly HardDay[];
}

export interface RelativePlanOptions {
  audience: 'relative';
  raise: readonly Raise[];
  ownHelp: readonly ServiceId[];
}

export type PlanOptions = SelfPlanOptions | RelativePlanOptions;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The most per day goes up to the recommendation, or to one less than the person's own typical day
 * when that is higher, so a first step down can be chosen too.
 */
function maxPerDayChoices(typicalDay: number): number[] {
  return range(1, Math.max(RECOMMENDED_MOST_PER_DAY, typicalDay - 1));
}

/** Under 18 or pregnant, the recommendation is no alcohol: the plan offers no amounts to aim for. */
function drinkingChoices(
  assessment: Pick<Assessment, 'alcohol'>,
): Pick<SelfPlanOptions, 'freeDays' | 'maxPerDay'> {
  const alcohol = assessment.alcohol;
  if (!alcohol || alcohol.underAge || alcohol.pregnant) return {};
  return { freeDays: range(1, 7), maxPerDay: maxPerDayChoices(alcohol.typicalDayDrinks) };
}

/** The help the result page shows, as `resultHelp` splits it: the plan never chooses its own. */
export type PlanHelp = Pick<ResultHelp, 'firstCall' | 'forRelative'>;

/** Alkolinjen is offered to talk to only where the result offers it (it is about alcohol). */
function talkToChoices(help: PlanHelp): TalkTo[] {
  const offersAlkolinjen = help.firstCall.includes('alkolinjen');
  return talkToIds.filter((id) => id !== 'alkolinjen' || offersAlkolinjen);
}

/**
 * The plan's choices for the person or a relative; a clinician gets none (the plan is the client's
 * own to make, not part of an intake).
 */
export function planOptions(
  assessment: Pick<Assessment, 'audience' | 'alcohol'>,
  help: PlanHelp,
): PlanOptions | undefined {
  if (assessment.audience === 'clinician') return undefined;
  if (assessment.audience === 'relative') {
    return {
      audience: 'relative',
      raise: raiseIds,
      ownHelp: help.forRelative.map((r) => r.service),
    };
  }
  return {
    audience: 'self',
    ...drinkingChoices(assessment),
    talkTo: talkToChoices(help),
    firstCall: help.firstCall,
    hardDay: hardDayIds,
  };
}

/** A plan with nothing chosen yet, and a reminder four weeks ahead. */
export function emptyPlan(options: PlanOptions): Plan {
  return options.audience === 'relative'
    ? { audience: 'relative', raise: [], ownHelp: [], checkAgainWeeks: 4 }
    : { audience: 'self', talkTo: [], hardDay: [], ownWords: '', checkAgainWeeks: 4 };
}
