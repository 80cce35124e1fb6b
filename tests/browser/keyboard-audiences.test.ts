import { describe, expect, it } from 'vitest';
import definition from '../../questionnaires/rusmiddeltjek/definition.json';
import { signPages } from './answering';
import { runJourney, useBrowser } from './journey';
import {
  arrive,
  chooseRadioByKeys,
  confirmByKeys,
  continueByKeys,
  keyboardPerson,
  startByKeys,
  typePersonNameByKeys,
  walk,
  type KeyboardPerson,
} from './keyboard';
import {
  expectResultShows,
  fhirButtons,
  intakeFacts,
  intakeSignCounts,
  intakeSummary,
  pageHeading,
  readIntakeTable,
  relativeSection,
  resultMain,
  resultSignCounts,
} from './screens';
import {
  fillsTemplate,
  handoverTexts,
  questionnaireTexts,
  questionTitleTemplate,
  voicedText,
  type Language,
  type Voice,
} from './texts';

/*
 * Whole journeys by keyboard alone for someone else: a relative who gives the person's name, and
 * a clinician asking a client. Every screen is checked by axe on arrival with focus on its h1
 * (keyboard.ts: arrive), and every question speaks in the voice the first answer chose.
 */

const name = 'Kim';
const languages: readonly Language[] = ['da', 'en'];
/** How the clinician's questions name the client. */
const theClient: Record<Language, string> = { da: 'borgeren', en: 'the client' };

/** Each question's h1 is its text in `voice`, with the name filled in where it has one. */
function expectVoicedTitles(person: KeyboardPerson, voice: Voice, values: Record<string, string>) {
  const texts = questionnaireTexts[person.language];
  for (const [stepId, heading] of person.titles) {
    const template = questionTitleTemplate(texts, stepId, voice);
    expect(
      fillsTemplate(heading, template, values),
      `the h1 of ${stepId} "${heading}" is "${template}"`,
    ).toBe(true);
  }
}

function substanceLabel(language: Language, code: string): string {
  const substance = questionnaireTexts[language].substances[code];
  if (!substance) throw new Error(`No substance "${code}"`);
  return substance.label;
}

describe('journeys by keyboard alone, about someone else', () => {
  const browser = useBrowser();

  it.each(languages)(
    'in %s as a relative: a name typed, "don\'t know" to some signs, feeling unsafe, children at home',
    async (language) => {
      await runJourney(browser(), { path: `?lng=${language}` }, async (journey) => {
        const person = keyboardPerson(journey.page, language);
        const { page, ui } = person;
        const voice = 'relative';
        await startByKeys(person);
        await walk(person, [['audience', 'relative']]);

        await arrive(person, 'relationship');
        await chooseRadioByKeys(page, 'relationship', 'sibling');
        await typePersonNameByKeys(page, ui, name);
        await continueByKeys(page, ui, 'relationship');

        await walk(person, [
          ['age-group', '36-64'],
          ['substances', ['alcohol', 'cannabis']],
          ['frequency.cannabis', 'weekly'],
          ['alcohol-days', { digits: '4' }],
          ['alcohol-typical-day', { digits: '5' }],
          ['alcohol-heavy-days', 'weekly'],
          ['pregnancy', 'not-relevant'],
          ...signPages(
            {
              'larger-amounts': ['alcohol'],
              craving: ['alcohol', 'cannabis'],
              conflicts: ['alcohol'],
            },
            { dontKnow: ['cut-down', 'tolerance', 'withdrawal'] },
          ),
          ['mixing', 'dont-know'],
          ['overdose', 'no'],
          ['severe-withdrawal', 'dont-know'],
          ['self-harm', 'no'],
          ['relative-worry', 'yes'],
          ['relative-sleep', 'no'],
          ['relative-conflict', 'yes'],
          ['relative-unsafe', 'yes'],
          ['children-at-home', 'yes'],
        ]);
        await arrive(person, 'review');
        await confirmByKeys(person);
        await arrive(person, 'result');

        // The questions spoke of Kim: "Hvor gammel er Kim?" / "How old is Kim?".
        expectVoicedTitles(person, voice, { name });
        const named = [...person.titles.values()].filter((title) => title.includes(name));
        expect(named.length, 'questions that name the person').toBeGreaterThan(20);

        // Alcohol: larger amounts, craving, conflicts (3, mild); cannabis: craving (1). Cut down,
        // tolerance and withdrawal are not known, and count neither way.
        const texts = { voice, language, values: { name } } as const;
        await expectResultShows(page, ui, {
          level: 'mild',
          flags: [],
          sentence: voicedText(ui, 'result.level.mild', texts),
        });
        expect(await pageHeading(page).textContent()).toBe(voicedText(ui, 'result.title', texts));
        const main = resultMain(page);
        const unknown = voicedText(ui, 'result.signs.unknown', {
          ...texts,
          values: { name, count: 3 },
        });
        expect(await main.getByText(unknown, { exact: true }).count(), unknown).toBe(1);
        expect(await resultSignCounts(page)).toEqual({
          [substanceLabel(language, 'alcohol')]: 3,
          [substanceLabel(language, 'cannabis')]: 1,
        });

        // "About you": 112 beside feeling unsafe, the children, and help for the relative's sake.
        const about = relativeSection(page, ui);
        expect(await about.count(), `the section "${ui.result.relative.title}"`).toBe(1);
        const unsafe = about.getByText(voicedText(ui, 'result.relative.concerns.unsafe', texts), {
          exact: true,
        });
        expect(await unsafe.count(), 'the answer "feels unsafe"').toBe(1);
        expect(
          await unsafe.locator('xpath=..').locator('a[href="tel:112"]').count(),
          'a 112 link beside it',
        ).toBe(1);
        const children = voicedText(ui, 'result.relative.concerns.children', texts);
        expect(await about.getByText(children, { exact: true }).count(), 'children').toBe(1);
        const ownHelp = about.getByRole('heading', {
          name: voicedText(ui, 'result.relative.helpTitle', texts),
          exact: true,
        });
        expect(await ownHelp.count(), 'help for the relative themselves').toBe(1);
        expect(await about.locator('a[href^="tel:"], a[href^="http"]').count()).toBeGreaterThan(1);

        // What is the clinician's is not shown to a relative.
        expect(await intakeSummary(page).count(), 'an intake summary').toBe(0);
        expect(await fhirButtons(page).count(), 'FHIR downloads').toBe(0);
        expect(
          await page.getByRole('button', { name: handoverTexts[language].share.show }).count(),
          'the hand-over code',
        ).toBe(0);
      });
    },
    120_000,
  );

  it.each(languages)(
    'in %s as a clinician: three substances, "not known" answers, the intake summary and exports',
    async (language) => {
      await runJourney(browser(), { path: `?lng=${language}` }, async (journey) => {
        const person = keyboardPerson(journey.page, language);
        const { page, ui } = person;
        const voice = 'clinician';
        const handover = handoverTexts[language];
        await startByKeys(person);
        await walk(person, [
          ['audience', 'clinician'],
          ['age-group', '25-35'],
          ['substances', ['alcohol', 'sedatives', 'stimulants']],
          ['frequency.sedatives', 'weekly'],
          ['frequency.stimulants', 'monthly'],
          ['alcohol-days', { digits: '7' }],
          ['alcohol-typical-day', { digits: '6' }],
          ['alcohol-heavy-days', 'weekly'],
          ['prescribed.sedatives', 'dont-know'],
          ['pregnancy', 'dont-know'],
          ...signPages(
            {
              'larger-amounts': ['alcohol', 'stimulants'],
              'cut-down': ['alcohol'],
              craving: ['alcohol'],
              tolerance: ['alcohol', 'sedatives'],
              withdrawal: ['alcohol'],
            },
            { dontKnow: ['time-spent', 'hazardous-use'] },
          ),
          ['injecting', 'no'],
          ['mixing', 'yes'],
          ['overdose', 'no'],
          ['severe-withdrawal', 'no'],
          ['self-harm', 'no'],
        ]);
        await arrive(person, 'review');
        await confirmByKeys(person);
        await arrive(person, 'result');

        // "Hvor gammel er borgeren?" / "How old is the client?", on every question but the first
        // and the "which of them?" pages.
        expectVoicedTitles(person, voice, {});
        for (const [stepId, title] of person.titles) {
          if (stepId === 'audience' || stepId.endsWith('.which')) continue;
          expect(title.toLowerCase(), `the h1 of ${stepId}`).toContain(theClient[language]);
        }

        // Alcohol: larger amounts, cut down, craving, tolerance, withdrawal (5, moderate);
        // sedatives: tolerance (1); stimulants: larger amounts (1). Time spent and hazardous use
        // are not known. Mixing raises harm reduction; alcohol withdrawal, and 6 drinks on each of
        // 7 days, "do not stop abruptly".
        const texts = { voice, language } as const;
        await expectResultShows(page, ui, {
          level: 'moderate',
          flags: ['harm-reduction', 'do-not-stop-abruptly'],
          sentence: voicedText(ui, 'result.level.moderate', texts),
        });
        expect(await pageHeading(page).textContent()).toBe(voicedText(ui, 'result.title', texts));
        const counts = {
          [substanceLabel(language, 'alcohol')]: 5,
          [substanceLabel(language, 'sedatives')]: 1,
          [substanceLabel(language, 'stimulants')]: 1,
        };
        expect(await resultSignCounts(page), 'the signs on the result').toEqual(counts);

        // The intake summary: its heading, the table's caption and columns, the same counts.
        const summary = intakeSummary(page);
        expect(
          await summary.getByRole('heading', { level: 2, name: ui.summary.title }).count(),
        ).toBe(1);
        const table = await readIntakeTable(page);
        expect(table.caption).toBe(ui.summary.tableCaption);
        expect(table.columns).toEqual([
          ui.summary.criterion,
          ui.summary.icd11Group,
          ...Object.keys(counts),
        ]);
        expect(table.rows, 'one row a DSM-5 criterion').toHaveLength(11);
        expect(await intakeSignCounts(page), 'the signs in the intake summary').toEqual(counts);
        // Not known for every substance: time spent and hazardous use; for the sedatives also
        // larger amounts, since whether they are taken as prescribed is not known either.
        const countCell = (count: number, unknown: number) =>
          `${voicedText(ui, 'summary.countOf', { ...texts, values: { count } })} (${voicedText(
            ui,
            'summary.unknownCount',
            { ...texts, values: { count: unknown } },
          )})`;
        expect(table.footer[0]?.slice(1), 'signs counted, and not known').toEqual([
          countCell(5, 2),
          countCell(1, 3),
          countCell(1, 2),
        ]);
        const unknownSigns = voicedText(ui, 'result.signs.unknown', {
          ...texts,
          values: { count: 2 },
        });
        expect(await resultMain(page).getByText(unknownSigns, { exact: true }).count()).toBe(1);
        expect(await intakeFacts(page)).toMatchObject({
          [ui.summary.questionnaire]: `${definition.id} ${definition.version}`,
          [ui.summary.answeredBy]: ui.summary.audience.clinician,
          [ui.summary.level]: ui.summary.levels.moderate,
        });

        // The exports and the print button are the clinician's; nothing of a relative's.
        const downloads = await fhirButtons(page).evaluateAll((buttons) =>
          buttons.map((button) => button.textContent?.trim()),
        );
        expect(downloads).toEqual([handover.fhir.questionnaire, handover.fhir.response]);
        const print = voicedText(ui, 'result.actions.print', texts);
        expect(await page.getByRole('button', { name: print, exact: true }).count(), print).toBe(1);
        expect(await relativeSection(page, ui).count(), 'the relative section').toBe(0);
        expect(
          await page.getByRole('button', { name: handover.share.show }).count(),
          'the hand-over code',
        ).toBe(0);
      });
    },
    120_000,
  );
});
