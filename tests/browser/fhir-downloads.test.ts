import { describe, expect, it } from 'vitest';
import definition from '../../questionnaires/rusmiddeltjek/definition.json';
import { answerSteps, clickStart, confirmReview, signPages } from './answering';
import { downloadFhirFiles, findItem, jsonKeys, linkIds } from './exports';
import { expectNoAxeViolations, runJourney, useBrowser } from './journey';
import { resultMain } from './screens';
import { handoverTexts, languageButton, uiTexts } from './texts';

/*
 * A clinician's result offers the questionnaire and the answers as FHIR R4 files. They are made
 * in the page (the export code loads on the click) and saved with a[download]: nothing is sent.
 */

describe("the clinician's FHIR downloads", () => {
  const browser = useBrowser();

  it('give a Questionnaire and a completed QuestionnaireResponse to it, naming no one', async () => {
    await runJourney(browser(), { path: '?lng=en' }, async ({ page }) => {
      const ui = uiTexts.en;
      const handover = handoverTexts.en;
      await clickStart(page, ui);
      await answerSteps(page, ui, [
        ['audience', 'clinician'],
        ['age-group', '18-24'],
        ['substances', ['cannabis', 'stimulants']],
        ['frequency.cannabis', 'daily'],
        ['frequency.stimulants', 'weekly'],
        ['pregnancy', 'no'],
        ...signPages(
          {
            'cut-down': ['cannabis'],
            craving: ['cannabis'],
            tolerance: ['cannabis', 'stimulants'],
          },
          { dontKnow: ['withdrawal'] },
        ),
        ['injecting', 'no'],
        ['mixing', 'yes'],
        ['overdose', 'no'],
        ['self-harm', 'no'],
      ]);
      await confirmReview(page, ui);
      const level = await resultMain(page).getAttribute('data-result-level');

      const { questionnaire, response } = await downloadFhirFiles(page, handover);
      await expectNoAxeViolations(page, 'the result after both downloads');
      expect(page.url(), 'still on the result').not.toMatch(/^blob:/);

      const { id, version } = definition;
      expect(questionnaire.fileName).toBe(`${id}-${version}-questionnaire-en.json`);
      expect(questionnaire.json).toMatchObject({
        resourceType: 'Questionnaire',
        version,
        language: 'en',
      });
      const url = questionnaire.json.url;
      expect(url, 'the Questionnaire has a canonical url').toEqual(expect.any(String));

      expect(response.fileName).toBe(`${id}-${version}-response.json`);
      expect(response.json).toMatchObject({
        resourceType: 'QuestionnaireResponse',
        questionnaire: `${String(url)}|${version}`,
        status: 'completed',
        language: 'en',
      });
      expect(response.json.authored).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(jsonKeys(response.json).has('subject'), 'a subject').toBe(false);

      // Every answer is to a question of the Questionnaire, and the answers are the journey's.
      const asked = new Set(linkIds(questionnaire.json.item));
      const answered = linkIds(response.json.item);
      expect(answered.filter((linkId) => !asked.has(linkId))).toEqual([]);
      const code = (linkId: string) =>
        findItem(response.json.item, linkId)?.answer?.map(
          (answer) => (answer.valueCoding as { code?: string } | undefined)?.code,
        );
      expect(code('audience')).toEqual(['clinician']);
      expect(code('substances')).toEqual(['cannabis', 'stimulants']);
      expect(code('withdrawal')).toEqual(['dont-know']);
      expect(code('score.level'), 'the level, as the result shows it').toEqual([level]);
      // The scores are named from the language's own texts.
      const scoresName = (items: unknown) => (findItem(items, 'scores') as { text?: string }).text;
      expect(scoresName(questionnaire.json.item)).toBe(handover.fhir.export.scores);

      // In Danish, the Questionnaire is the same one in the other language.
      await page.getByRole('button', { name: languageButton.da, exact: true }).click();
      await page.locator('html[lang="da"]').waitFor({ timeout: 5_000 });
      const danish = await downloadFhirFiles(page, handoverTexts.da);
      expect(danish.questionnaire.fileName).toBe(`${id}-${version}-questionnaire-da.json`);
      expect(danish.questionnaire.json).toMatchObject({ url, version, language: 'da' });
      expect(danish.questionnaire.json.title).not.toBe(questionnaire.json.title);
      expect(scoresName(danish.questionnaire.json.item)).toBe(handoverTexts.da.fhir.export.scores);
      expect(danish.response.json).toMatchObject({ questionnaire: `${String(url)}|${version}` });
    });
  });
});
