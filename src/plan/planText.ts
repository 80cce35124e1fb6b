import type { TextKeyOfJourney } from '../i18n/keys';
import { services, type ServiceId } from '../referral/services';
import type { Plan, RelativePlan, SelfPlan } from './plan';

/** A voiced `t` (useVoicedTranslation): relative texts say the person's name. */
export type Translate = (key: TextKeyOfJourney, options?: Record<string, unknown>) => string;

/** A service's name, with its number where it has one. */
function serviceLabel(id: ServiceId, t: Translate): string {
  const name = t(`help:services.${id}.name`);
  const phone = services[id].phone;
  return phone ? t('plan.summary.withPhone', { service: name, phone: phone.display }) : name;
}

/** An option's label inside a sentence: "En ven" reads "en ven" after a colon. */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** The chosen parts as one line, or nothing when none was chosen. */
function listLine(key: TextKeyOfJourney, items: readonly string[], t: Translate): string[] {
  return items.length === 0 ? [] : [t(key, { list: items.join(', ') })];
}

function selfLines(plan: SelfPlan, t: Translate): string[] {
  const hardDay = [
    ...plan.hardDay.map((id) => inSentence(t(`plan.hardDay.${id}`))),
    ...(plan.ownWords.trim() === '' ? [] : [plan.ownWords.trim()]),
  ];
  return [
    ...(plan.freeDays === undefined ? [] : [t('plan.summary.freeDays', { count: plan.freeDays })]),
    ...(plan.maxPerDay === undefined
      ? []
      : [t('plan.summary.maxPerDay', { count: plan.maxPerDay })]),
    ...listLine(
      'plan.summary.talkTo',
      // Alkolinjen is a name and keeps its capital.
      plan.talkTo.map((id) =>
        id === 'alkolinjen' ? t(`plan.talkTo.${id}`) : inSentence(t(`plan.talkTo.${id}`)),
      ),
      t,
    ),
    ...(plan.firstCall === undefined
      ? []
      : [t('plan.summary.firstCall', { service: serviceLabel(plan.firstCall, t) })]),
    ...listLine('plan.summary.hardDay', hardDay, t),
  ];
}

function relativeLines(plan: RelativePlan, t: Translate): string[] {
  return [
    ...listLine(
      'plan.summary.raise',
      plan.raise.map((id) => inSentence(t(`plan.raise.${id}`))),
      t,
    ),
    ...listLine(
      'plan.summary.ownHelp',
      plan.ownHelp.map((id) => serviceLabel(id, t)),
      t,
    ),
  ];
}

/** The plan in sentences, as shown under "Min plan" and printed; the last says when to check again. */
export function planText(plan: Plan, t: Translate): string[] {
  const lines = plan.audience === 'relative' ? relativeLines(plan, t) : selfLines(plan, t);
  return [...lines, t('plan.summary.checkAgain', { count: plan.checkAgainWeeks })];
}
