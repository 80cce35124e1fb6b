// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fhirBase } from '../../src/export/fhir/canonical';
import type { QuestionnaireItem } from '../../src/export/fhir/fhirR4';
import { questionnaireResource } from '../../src/export/fhir/questionnaireResource';
import { languageTexts, questionnaire } from './exportFixtures';
import { r4Problems } from './r4Validation';
import { questionnaireProblems } from './structuralChecks';

function allItems(items: readonly QuestionnaireItem[] | undefined): QuestionnaireItem[] {
  return (items ?? []).flatMap((item) => [item, ...allItems(item.item)]);
}

const { definition, steps } = questionnaire;

describe.each(languageTexts.map((l) => [l.language, l] as const))(
  'the FHIR Questionnaire in %s',
  (language, languageTexts) => {
    const { texts } = languageTexts;
    const resource = questionnaireResource(questionnaire, languageTexts);
    const items = allItems(resource.item);
    const byLinkId = new Map(items.map((item) => [item.linkId, item]));

    it('is valid FHIR R4, by the schema and by the StructureDefinitions', () => {
      expect(r4Problems(resource)).toEqual([]);
    });

    it('keeps the R4 invariants that need more than a schema', () => {
      expect(questionnaireProblems(resource)).toEqual([]);
    });

    it('names the questionnaire by its canonical URL and version, in its language', () => {
      expect(resource).toMatchObject({
        resourceType: 'Questionnaire',
        url: `${fhirBase}/Questionnaire/${definition.id}`,
        version: definition.version,
        title: texts.title,
        status: 'active',
        language,
      });
    });

    it('has a question for every page, by its step id, of the page’s kind', () => {
      for (const step of steps) {
        const item = byLinkId.get(step.id);
        expect(item?.type, step.id).toBe(step.kind === 'number' ? 'integer' : 'choice');
        expect(item?.repeats === true, step.id).toBe(step.kind === 'multiple');
        if (step.kind !== 'number') {
          expect(
            item?.answerOption?.map((o) => o.valueCoding.code),
            step.id,
          ).toEqual(step.options.map((o) => o.code));
        }
      }
    });

    it('groups the pages of a per-substance item and nests a follow-up under its question', () => {
      for (const step of steps) {
        const parentId =
          step.followUpOf ?? (step.substance === undefined ? undefined : step.itemId);
        if (parentId === undefined) continue;
        expect(
          byLinkId.get(parentId)?.item?.map((child) => child.linkId),
          step.id,
        ).toContain(step.id);
      }
    });

    it('gives every option a label and fills every placeholder', () => {
      for (const item of items) {
        expect(item.text ?? '', item.linkId).not.toMatch(/\{\{|\}\}/);
        for (const option of item.answerOption ?? []) {
          expect(option.valueCoding.display, `${item.linkId} ${option.valueCoding.code}`).toEqual(
            expect.any(String),
          );
        }
      }
    });

    it('names the substance in the question of a per-substance page', () => {
      for (const step of steps.filter((s) => s.substance !== undefined)) {
        const name = texts.substances[step.substance ?? '']?.inSentence ?? '';
        const title = texts.items[step.itemId]?.title ?? '';
        if (title.includes('{{substance}}')) expect(byLinkId.get(step.id)?.text).toContain(name);
      }
    });

    it('ends with the read-only scores, one group per substance', () => {
      const scores = resource.item.at(-1);
      expect(scores).toMatchObject({ linkId: 'scores', type: 'group' });
      const questions = allItems(scores?.item).filter((i) => i.type !== 'group');
      expect(questions.length).toBeGreaterThan(0);
      for (const item of questions) {
        expect(item.readOnly, item.linkId).toBe(true);
        expect(item.linkId).toMatch(/^score\./);
      }
      for (const { code } of definition.substances) {
        expect(byLinkId.get(`score.${code}.criteria-count`)?.type).toBe('integer');
        expect(byLinkId.get(`score.${code}.dsm5-band`)?.type).toBe('choice');
      }
      expect(byLinkId.get('score.level')?.answerOption?.map((o) => o.valueCoding.code)).toEqual([
        'none',
        'risky',
        'mild',
        'moderate',
        'severe',
      ]);
      // Each warning-sign option is named with the sign's short name, as on the result page.
      const signs = byLinkId.get('score.cannabis.warning-signs')?.answerOption ?? [];
      expect(signs.map((o) => o.valueCoding.code)).toEqual(['needs-to-function']);
      expect(signs[0]?.valueCoding.display).toBe(texts.items['needs-to-function']?.short);
      expect(byLinkId.get('score.pregnancy')?.answerOption?.map((o) => o.valueCoding.code)).toEqual(
        ['pregnant', 'not-pregnant', 'unknown'],
      );
    });

    it('says when a question is shown only where enableWhen says it exactly', () => {
      for (const step of steps) {
        const item = byLinkId.get(step.id);
        if (!step.condition) expect(item?.enableWhen, step.id).toBeUndefined();
        // Shown only on a condition, and required: then enableWhen must carry that condition.
        if (step.condition && item?.required) expect(item.enableWhen, step.id).toBeDefined();
      }
    });
  },
);
