import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  checkAgainChoices,
  type CheckAgainWeeks,
  type Plan,
  type RelativePlan,
  type SelfPlan,
} from '../../plan/plan';
import {
  emptyPlan,
  planOptions,
  type PlanHelp,
  type RelativePlanOptions,
  type SelfPlanOptions,
} from '../../plan/planOptions';
import { planText } from '../../plan/planText';
import { reminderFile } from '../../plan/reminderFile';
import { services, type ServiceId } from '../../referral/services';
import type { Assessment } from '../../scoring/assessment';
import { useVoicedTranslation, type VoicedT } from '../../ui/voice';
import { ReadAloud } from '../../readAloud/ReadAloud';

/** The class on <html> that makes the print stylesheet show only the plan. */
const PRINTING_PLAN = 'printing-plan';

function printPlan(): void {
  document.documentElement.classList.add(PRINTING_PLAN);
  try {
    window.print();
  } finally {
    document.documentElement.classList.remove(PRINTING_PLAN);
  }
}

/** Adds or removes one choice in a list of ticked boxes. */
function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

function serviceChoice(id: ServiceId, t: VoicedT): string {
  const name = t(`help:services.${id}.name`);
  const phone = services[id].phone;
  return phone ? t('plan.summary.withPhone', { service: name, phone: phone.display }) : name;
}

/** A fieldset of native radios or checkboxes, each with its label. */
function ChoiceGroup<T extends string | number>({
  type,
  legend,
  options,
  isChosen,
  label,
  onChoose,
}: {
  type: 'radio' | 'checkbox';
  legend: string;
  options: readonly T[];
  isChosen: (option: T) => boolean;
  label: (option: T) => string;
  onChoose: (option: T, checked: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="plan__group">
      <legend className="heading-s">{legend}</legend>
      {options.map((option) => (
        <div key={option} className="plan__choice">
          <input
            type={type}
            id={`${id}-${option}`}
            {...(type === 'radio' && { name: id })}
            checked={isChosen(option)}
            onChange={(e) => onChoose(option, e.target.checked)}
          />
          <label htmlFor={`${id}-${option}`}>{label(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Checkboxes<T extends string>({
  chosen,
  onChange,
  ...group
}: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  label: (option: T) => string;
  onChange: (chosen: T[]) => void;
}) {
  return (
    <ChoiceGroup
      type="checkbox"
      {...group}
      isChosen={(option) => chosen.includes(option)}
      onChoose={(option, checked) => onChange(toggled(chosen, option, checked))}
    />
  );
}

function Radios<T extends string | number>({
  value,
  onChange,
  ...group
}: {
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <ChoiceGroup
      type="radio"
      {...group}
      isChosen={(option) => value === option}
      onChoose={(option) => onChange(option)}
    />
  );
}

/** A number to choose, or none: a native select, so phones show their own picker. */
function NumberChoice({
  label,
  hint,
  options,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  options: readonly number[];
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  const id = useId();
  const { t } = useVoicedTranslation();
  return (
    <div className="plan__group">
      <label htmlFor={id} className="heading-s">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="plan__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        className="plan__select"
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      >
        <option value="">{t('plan.choose')}</option>
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}

function SelfFields({
  options,
  plan,
  onChange,
}: {
  options: SelfPlanOptions;
  plan: SelfPlan;
  onChange: (plan: SelfPlan) => void;
}) {
  const { t } = useVoicedTranslation();
  const ownWordsId = useId();
  const none = '';
  return (
    <>
      {options.freeDays && (
        <NumberChoice
          label={t('plan.freeDays.label')}
          options={options.freeDays}
          value={plan.freeDays}
          onChange={(freeDays) => onChange({ ...plan, freeDays })}
        />
      )}
      {options.maxPerDay && (
        <NumberChoice
          label={t('plan.maxPerDay.label')}
          hint={t('plan.maxPerDay.hint')}
          options={options.maxPerDay}
          value={plan.maxPerDay}
          onChange={(maxPerDay) => onChange({ ...plan, maxPerDay })}
        />
      )}
      <Checkboxes
        legend={t('plan.talkTo.legend')}
        options={options.talkTo}
        chosen={plan.talkTo}
        label={(id) => t(`plan.talkTo.${id}`)}
        onChange={(talkTo) => onChange({ ...plan, talkTo })}
      />
      {options.firstCall.length > 0 && (
        <Radios<ServiceId | typeof none>
          legend={t('plan.firstCall.legend')}
          options={[...options.firstCall, none]}
          value={plan.firstCall ?? none}
          label={(id) => (id === none ? t('plan.firstCall.none') : serviceChoice(id, t))}
          onChange={(id) => onChange({ ...plan, firstCall: id === none ? undefined : id })}
        />
      )}
      <Checkboxes
        legend={t('plan.hardDay.legend')}
        options={options.hardDay}
        chosen={plan.hardDay}
        label={(id) => t(`plan.hardDay.${id}`)}
        onChange={(hardDay) => onChange({ ...plan, hardDay })}
      />
      <div className="plan__group">
        <label htmlFor={ownWordsId}>{t('plan.hardDay.ownWords')}</label>
        <input
          id={ownWordsId}
          type="text"
          className="plan__text"
          autoComplete="off"
          maxLength={200}
          value={plan.ownWords}
          onChange={(e) => onChange({ ...plan, ownWords: e.target.value })}
        />
      </div>
    </>
  );
}

function RelativeFields({
  options,
  plan,
  onChange,
}: {
  options: RelativePlanOptions;
  plan: RelativePlan;
  onChange: (plan: RelativePlan) => void;
}) {
  const { t } = useVoicedTranslation();
  return (
    <>
      <Checkboxes
        legend={t('plan.raise.legend')}
        options={options.raise}
        chosen={plan.raise}
        label={(id) => t(`plan.raise.${id}`)}
        onChange={(raise) => onChange({ ...plan, raise })}
      />
      {options.ownHelp.length > 0 && (
        <Checkboxes
          legend={t('plan.ownHelp.legend')}
          options={options.ownHelp}
          chosen={plan.ownHelp}
          label={(id) => serviceChoice(id, t)}
          onChange={(ownHelp) => onChange({ ...plan, ownHelp })}
        />
      )}
    </>
  );
}

/** The reminder file, made in the browser and handed over by a download link; nothing is sent. */
function downloadReminder(weeks: CheckAgainWeeks, t: VoicedT): void {
  const ics = reminderFile({ checkAgainWeeks: weeks }, t, {
    now: new Date(),
    uid: `${crypto.randomUUID()}@rusmiddeltjek`,
    address: `${location.origin}${location.pathname}`,
  });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = t('plan.calendar.fileName');
  link.click();
  URL.revokeObjectURL(url);
}

function ReminderButton({ weeks }: { weeks: CheckAgainWeeks }) {
  const { t } = useVoicedTranslation();
  const hintId = useId();
  return (
    <p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={hintId}
        onClick={() => downloadReminder(weeks, t)}
      >
        {t('plan.remind')}
      </button>
      <span id={hintId} className="plan__hint">
        {t('plan.remindHint')}
      </span>
    </p>
  );
}

function PlanEditor({ options }: { options: SelfPlanOptions | RelativePlanOptions }) {
  const { t } = useVoicedTranslation();
  const [open, setOpen] = useState(false);
  const [plan, setPlan] = useState<Plan>(() => emptyPlan(options));
  const bodyId = useId();
  const lines = planText(plan, t);
  let fields: ReactNode;
  if (plan.audience === 'relative' && options.audience === 'relative') {
    fields = <RelativeFields options={options} plan={plan} onChange={setPlan} />;
  } else if (plan.audience === 'self' && options.audience === 'self') {
    fields = <SelfFields options={options} plan={plan} onChange={setPlan} />;
  }
  return (
    <section aria-labelledby="plan-title" className={open ? 'plan plan--open' : 'plan'}>
      {/* Under "What now?": until opened, the button says it all, so the heading is for screen readers. */}
      <h3 id="plan-title" className={open ? 'heading-s' : 'visually-hidden'}>
        {t('plan.title')}
      </h3>
      <button
        type="button"
        className="button button--secondary plan__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('plan.close') : t('plan.open')}
      </button>
      <div id={bodyId} hidden={!open}>
        {open && (
          <>
            <ReadAloud />
            <div className="plan__form">
              <p>{t('plan.intro')}</p>
              {fields}
              <Radios<CheckAgainWeeks>
                legend={t('plan.checkAgain.legend')}
                options={checkAgainChoices}
                value={plan.checkAgainWeeks}
                label={(weeks) => t('plan.checkAgain.weeks', { count: weeks })}
                onChange={(checkAgainWeeks) => setPlan({ ...plan, checkAgainWeeks })}
              />
            </div>
            <div className="plan__summary" aria-labelledby={`${bodyId}-summary`}>
              <h3 id={`${bodyId}-summary`} className="heading-s">
                {t('plan.summary.title')}
              </h3>
              <ul className="plan__lines">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
            <div className="plan__actions">
              <p>
                <button type="button" className="button button--secondary" onClick={printPlan}>
                  {t('plan.print')}
                </button>
              </p>
              <ReminderButton weeks={plan.checkAgainWeeks} />
            </div>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * "Min plan": what the person or a relative chooses to do next, held in this component's state
 * only (never stored or sent). A clinician's result has none: the plan is the client's own to make.
 */
export function PlanSection({ assessment, help }: { assessment: Assessment; help: PlanHelp }) {
  const options = useMemo(() => planOptions(assessment, help), [assessment, help]);
  if (!options) return null;
  return <PlanEditor options={options} />;
}
