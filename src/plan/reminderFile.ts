import { calendarEvent } from './calendarEvent';
import type { Plan } from './plan';
import type { Translate } from './planText';

/**
 * The reminder to check again for a plan: of the plan only the weeks are read, so nothing the
 * person chose or typed can reach the file.
 */
export function reminderFile(
  plan: Pick<Plan, 'checkAgainWeeks'>,
  t: Translate,
  at: { now: Date; uid: string; address: string },
): string {
  return calendarEvent({
    ...at,
    weeks: plan.checkAgainWeeks,
    summary: t('plan.calendar.summary'),
    line: t('plan.calendar.line'),
  });
}
