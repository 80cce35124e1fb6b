import ICAL from 'ical.js';
import { tData } from '../../src/i18n/keys';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import type { Answer } from '../../src/questionnaire/answers';
import { foldLine } from '../../src/plan/calendarEvent';
import type { Plan } from '../../src/plan/plan';
import { emptyPlan, planOptions } from '../../src/plan/planOptions';
import { planText, type Translate } from '../../src/plan/planText';
import { reminderFile } from '../../src/plan/reminderFile';
import { referralInput } from '../../src/referral/referralInput';
import { resultHelp } from '../../src/referral/resultHelp';
import { assess } from '../../src/scoring/assess';
import { completeAnswers } from '../support/completeAnswers';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

const NAME = 'Kirsten';
const OWN_WORDS = 'Ringe til Mette fra koret';

function resultFor(given: Record<string, Answer>) {
  const answers = completeAnswers(given);
  const assessment = assess(questionnaire, answers);
  const help = resultHelp(referralInput(questionnaire, assessment));
  return { answers, assessment, help };
}

/** A voiced `t` as the result page has it, with a relative's typed name. */
function voicedT(i18n: I18n, voice: string): Translate {
  const context = voice === 'self' ? undefined : voice;
  // As src/ui/voice.tsx: `Translate` checks the keys of planText.ts, i18next takes them as strings.
  const t = i18n.t as unknown as (key: string, options: object) => unknown;
  return (key, options) => String(t(key, { ...(context && { context }), name: NAME, ...options }));
}

/** Every choice offered taken, and the hard day in the person's own words. */
function fullPlan(given: Record<string, Answer>): { plan: Plan; answers: Record<string, Answer> } {
  const { answers, assessment, help } = resultFor(given);
  const options = planOptions(assessment, help);
  if (!options) throw new Error('no plan for this audience');
  const plan: Plan =
    options.audience === 'relative'
      ? { audience: 'relative', raise: options.raise, ownHelp: options.ownHelp, checkAgainWeeks: 8 }
      : {
          audience: 'self',
          freeDays: options.freeDays?.at(-1),
          maxPerDay: options.maxPerDay?.[0],
          talkTo: options.talkTo,
          firstCall: options.firstCall[0],
          hardDay: options.hardDay,
          ownWords: OWN_WORDS,
          checkAgainWeeks: 2,
        };
  return { plan, answers };
}

const cases: Record<string, Record<string, Answer>> = {
  'a heavy drinker': {
    audience: 'self',
    'age-group': '36-64',
    substances: ['alcohol'],
    'alcohol-days': 6,
    'alcohol-typical-day': 8,
    craving: 'yes',
    tolerance: 'yes',
  },
  'someone using cannabis and sedatives': {
    audience: 'self',
    'age-group': '18-24',
    substances: ['cannabis', 'sedatives'],
    craving: 'yes',
    'larger-amounts': 'yes',
  },
  'a relative worried about drinking': {
    audience: 'relative',
    relationship: 'partner',
    'age-group': '36-64',
    substances: ['alcohol'],
    craving: 'yes',
    'relative-worry': 'yes',
  },
  'a young relative of a parent using stimulants': {
    audience: 'relative',
    relationship: 'child',
    'age-group': '36-64',
    substances: ['stimulants'],
    'hazardous-use': 'yes',
  },
};

describe('the plan', () => {
  let da: I18n;
  beforeAll(async () => {
    da = await createI18n('da');
  });

  it('offers amounts up to the recommendation, or a step below the own typical day', () => {
    const { assessment, help } = resultFor(cases['a heavy drinker'] ?? {});
    const options = planOptions(assessment, help);
    expect(options).toMatchObject({
      audience: 'self',
      freeDays: [1, 2, 3, 4, 5, 6, 7],
      maxPerDay: [1, 2, 3, 4, 5, 6, 7],
      talkTo: ['friend-or-family', 'own-doctor', 'alkolinjen'],
    });
    const light = resultFor({ ...cases['a heavy drinker'], 'alcohol-typical-day': 2 });
    expect(planOptions(light.assessment, light.help)).toMatchObject({ maxPerDay: [1, 2, 3, 4] });
  });

  it('offers no amounts under 18, where the recommendation is no alcohol', () => {
    const { assessment, help } = resultFor({ ...cases['a heavy drinker'], 'age-group': '15-17' });
    const options = planOptions(assessment, help);
    expect(options).toMatchObject({ audience: 'self' });
    expect(options && 'freeDays' in options && options.freeDays).toBeFalsy();
    expect(options && 'maxPerDay' in options && options.maxPerDay).toBeFalsy();
  });

  it('offers no urgent line as a first call, and Alkolinjen only where the result offers it', () => {
    const { assessment, help } = resultFor(cases['someone using cannabis and sedatives'] ?? {});
    const options = planOptions(assessment, help);
    if (options?.audience !== 'self') throw new Error('expected a plan for the person');
    expect(options.talkTo).not.toContain('alkolinjen');
    expect(options.firstCall.length).toBeGreaterThan(0);
    expect(options.firstCall).not.toContain('emergency-112');
  });

  it("gives a relative the relative help the result gives, and a clinician's result no plan", () => {
    const relative = resultFor(cases['a relative worried about drinking'] ?? {});
    expect(planOptions(relative.assessment, relative.help)).toMatchObject({
      audience: 'relative',
      ownHelp: expect.arrayContaining(['al-anon', 'alkolinjen']),
    });
    const clinician = resultFor({ ...cases['a heavy drinker'], audience: 'clinician' });
    expect(planOptions(clinician.assessment, clinician.help)).toBeUndefined();
  });

  it('reads back what was chosen, with numbers from services.ts', () => {
    const { plan } = fullPlan(cases['a heavy drinker'] ?? {});
    const lines = planText(plan, voicedT(da, 'self'));
    expect(lines).toEqual([
      'Jeg holder 7 dage uden alkohol om ugen.',
      'Jeg drikker højst 1 genstand på en dag.',
      'Jeg vil tale med: en ven eller en i familien, min egen læge, Alkolinjen.',
      expect.stringMatching(/^Først kontakter jeg: /),
      expect.stringContaining(OWN_WORDS),
      'Jeg tager tjekket igen om 2 uger.',
    ]);
    const relative = fullPlan(cases['a relative worried about drinking'] ?? {}).plan;
    const relativeLines = planText(relative, voicedT(da, 'relative'));
    expect(relativeLines[0]).toMatch(new RegExp(`^Når jeg taler med ${NAME}, vil jeg: `));
    expect(relativeLines[1]).toContain('Al-Anon på 70 20 90 93');
  });

  it('starts empty, saying only when to check again', () => {
    const { assessment, help } = resultFor(cases['a heavy drinker'] ?? {});
    const options = planOptions(assessment, help);
    if (!options) throw new Error('no plan');
    expect(planText(emptyPlan(options), voicedT(da, 'self'))).toEqual([
      'Jeg tager tjekket igen om 4 uger.',
    ]);
  });
});

describe('the reminder file', () => {
  const now = new Date(2026, 11, 2, 9, 30);
  const address = 'https://rusmiddeltjek.example/app/';
  let i18ns: I18n[];
  beforeAll(async () => {
    i18ns = [await createI18n('da'), await createI18n('en')];
  });

  function parsed(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    return { calendar, events };
  }

  it.each(Object.entries(cases))(
    'for %s holds one event on the chosen day, and nothing of the answers',
    (_, given) => {
      const { plan, answers } = fullPlan(given);
      const { assessment } = resultFor(given);
      for (const i18n of i18ns) {
        const t = voicedT(i18n, assessment.audience);
        const ics = reminderFile(plan, t, { now, uid: 'test-uid@rusmiddeltjek', address });

        const { events } = parsed(ics);
        expect(events).toHaveLength(1);
        const event = new ICAL.Event(events[0]);
        expect(event.summary).toBe(i18n.t('plan.calendar.summary'));
        expect(event.uid).toBe('test-uid@rusmiddeltjek');
        expect(event.startDate.isDate).toBe(true);
        const day = new Date(2026, 11, 2 + plan.checkAgainWeeks * 7);
        expect(event.startDate.toString()).toBe(
          `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`,
        );
        expect(event.description).toBe(`${i18n.t('plan.calendar.line')}\n${address}`);

        // Unfolded, nothing the person answered, chose or typed is in the file.
        const text = ics.replace(/\r\n /g, '').toLowerCase();
        const forbidden = [
          NAME,
          OWN_WORDS,
          ...assessment.substances.map((s) => s.substance),
          ...assessment.substances.map((s) =>
            tData(i18n.t, `questionnaire:substances.${s.substance}.label`),
          ),
          assessment.level,
          ...['risky', 'mild', 'moderate', 'severe', 'moderat', 'svær', 'alvorlig'],
          ...Object.values(answers)
            .flat()
            .map(String)
            .filter((code) => code.length >= 4),
          ...planText(plan, t),
        ];
        for (const word of forbidden) {
          expect(text, word).not.toMatch(
            new RegExp(`\\b${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
          );
        }
      }
    },
  );

  it('ends lines with CRLF and folds them at 75 octets', () => {
    const ics = reminderFile({ checkAgainWeeks: 4 }, (key) => key, {
      now,
      uid: 'x',
      address: `${address}${'æ'.repeat(60)}`,
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(parsed(ics).events).toHaveLength(1);
    expect(foldLine('a'.repeat(80))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(5)}`);
  });

  it('escapes commas, semicolons and backslashes', () => {
    const ics = reminderFile(
      { checkAgainWeeks: 2 },
      (key) => (key.endsWith('summary') ? 'a, b; c\\' : key),
      {
        now,
        uid: 'x',
        address,
      },
    );
    expect(ics).toContain('SUMMARY:a\\, b\\; c\\\\');
    expect(new ICAL.Event(parsed(ics).events[0]).summary).toBe('a, b; c\\');
  });
});
