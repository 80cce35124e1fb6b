import { describe, expect, it } from 'vitest';
import daContact from '../../src/i18n/locales/da/contact.json';
import daHandover from '../../src/i18n/locales/da/handover.json';
import daHelp from '../../src/i18n/locales/da/help.json';
import daUi from '../../src/i18n/locales/da/ui.json';
import enContact from '../../src/i18n/locales/en/contact.json';
import enHandover from '../../src/i18n/locales/en/handover.json';
import enHelp from '../../src/i18n/locales/en/help.json';
import enUi from '../../src/i18n/locales/en/ui.json';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort();
}

function at(texts: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], texts);
}

describe.each([
  ['ui', daUi, enUi],
  ['help', daHelp, enHelp],
  ['contact', daContact, enContact],
  ['handover', daHandover, enHandover],
])('the %s texts', (_, da, en) => {
  it('have the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(da)) {
      expect(placeholders(String(at(en, key))), key).toEqual(placeholders(String(at(da, key))));
    }
  });
});

describe('the safety texts', () => {
  it('say something for every cause of harm reduction the questionnaire can raise', () => {
    const causes = questionnaire.steps.flatMap((step) =>
      step.measures.flatMap((m) =>
        m.type === 'flag' && m.flag === 'harm-reduction' && m.concern ? [m.concern] : [],
      ),
    );
    expect(causes.length).toBeGreaterThan(0);
    for (const texts of [daUi, enUi]) {
      for (const cause of causes) {
        expect(at(texts, `result.flags.harm-reduction.because.${cause}`), cause).toEqual(
          expect.any(String),
        );
      }
    }
  });
});

describe('every text the product shows', () => {
  it('never labels a person', async () => {
    const questionnaireTexts = await Promise.all([
      import('../../questionnaires/rusmiddeltjek/da.json'),
      import('../../questionnaires/rusmiddeltjek/en.json'),
    ]);
    const all = [daUi, enUi, daHelp, enHelp, ...questionnaireTexts.map((m) => m.default)];
    const words = JSON.stringify(all).toLowerCase();
    for (const label of ['misbrug', 'addict', 'narkoman', 'alkoholiker', 'junkie', 'alcoholic']) {
      expect(words, label).not.toContain(label);
    }
  });

  it('say where Giftlinjen is offered that it asks for name and CPR number', () => {
    expect(daUi.urgent.giftlinjen).toContain('CPR-nummer');
    expect(enUi.urgent.giftlinjen).toContain('CPR number');
  });
});
