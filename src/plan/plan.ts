import type { ServiceId } from '../referral/services';

/** Who a person may choose to talk to; translation keys `plan.talkTo.<id>`. */
export const talkToIds = ['friend-or-family', 'own-doctor', 'alkolinjen'] as const;
export type TalkTo = (typeof talkToIds)[number];

/** What to do on a hard day; translation keys `plan.hardDay.<id>`. */
export const hardDayIds = ['reach-out', 'go-out', 'wait', 'read-plan'] as const;
export type HardDay = (typeof hardDayIds)[number];

/** How a relative may raise the subject; translation keys `plan.raise.<id>`. */
export const raiseIds = ['calm-moment', 'say-worry', 'listen', 'try-again'] as const;
export type Raise = (typeof raiseIds)[number];

/** How many weeks until the reminder to check again. */
export const checkAgainChoices = [2, 4, 8] as const;
export type CheckAgainWeeks = (typeof checkAgainChoices)[number];

/** A person's plan for themselves: every part optional, chosen from `PlanOptions`. */
export interface SelfPlan {
  audience: 'self';
  freeDays?: number;
  maxPerDay?: number;
  talkTo: readonly TalkTo[];
  firstCall?: ServiceId;
  hardDay: readonly HardDay[];
  /** What the person typed for a hard day: shown and printed, never put in the calendar file. */
  ownWords: string;
  checkAgainWeeks: CheckAgainWeeks;
}

/** A relative's plan: how to raise the subject, and help for themselves. */
export interface RelativePlan {
  audience: 'relative';
  raise: readonly Raise[];
  ownHelp: readonly ServiceId[];
  checkAgainWeeks: CheckAgainWeeks;
}

export type Plan = SelfPlan | RelativePlan;
