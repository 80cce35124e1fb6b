import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { answerText } from '../../src/screens/answerText';
import { stepTexts } from '../../src/screens/stepTexts';
import { realQuestionnaire as questionnaire } from '../support/realQuestionnaire';

async function i18nWith(items: Record<string, unknown>) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'en',
    resources: {
      en: {
        questionnaire: {
          substances: {
            alcohol: { label: 'Alcohol', inSentence: 'alcohol' },
            cannabis: { label: 'Cannabis', inSentence: 'cannabis' },
          },
          items,
        },
      },
    },
    interpolation: { escapeValue: false },
  });
  return instance;
}

const craving = questionnaire.steps.find((s) => s.id === 'craving');
if (!craving) throw new Error('the questionnaire has no craving page');

describe('stepTexts', () => {
  it('names the chosen substances in scope, joined as alternatives', async () => {
    const i18n = await i18nWith({ craving: { title: 'Craved {{substances}}?' } });
    const texts = stepTexts(craving, { substances: ['alcohol', 'cannabis'] }, questionnaire, i18n);
    expect(texts.title).toBe('Craved alcohol or cannabis?');
    expect(texts.hint).toBeUndefined();
  });

  it('speaks in the voice of the audience answer, and falls back to the self voice where none is written', async () => {
    const i18n = await i18nWith({
      craving: {
        title: 'Have you craved {{substances}}?',
        title_relative: 'Has {{name}} craved {{substances}}?',
      },
    });
    const as = (audience: string) => ({ audience, substances: ['alcohol'] });
    expect(stepTexts(craving, as('relative'), questionnaire, i18n, 'Kim').title).toBe(
      'Has Kim craved alcohol?',
    );
    expect(stepTexts(craving, as('relative'), questionnaire, i18n, 'the person').title).toBe(
      'Has the person craved alcohol?',
    );
    expect(stepTexts(craving, as('clinician'), questionnaire, i18n).title).toBe(
      'Have you craved alcohol?',
    );
    expect(stepTexts(craving, as('self'), questionnaire, i18n).title).toBe(
      'Have you craved alcohol?',
    );
  });

  it('reads a number back with its unit, singular for 1 where the texts say so', async () => {
    const days = questionnaire.steps.find((s) => s.id === 'alcohol-days');
    if (!days) throw new Error('the questionnaire has no alcohol-days page');
    const i18n = await i18nWith({
      'alcohol-days': { title: 'Days?', unit: 'days', unit_one: 'day' },
    });
    const texts = stepTexts(days, { substances: ['alcohol'] }, questionnaire, i18n);
    expect(texts.unit).toBe('days');
    expect([1, 0, 2].map((n) => answerText(n, texts, 'en'))).toEqual(['1 day', '0 days', '2 days']);
  });
});
