import { describe, expect, it } from 'vitest';
import daUi from '../../src/i18n/locales/da/ui.json';
import daStartPage from '../../src/i18n/locales/da/ui.json?start-page';
import daResultPage from '../../src/i18n/locales/da/ui.json?result-page';
import enUi from '../../src/i18n/locales/en/ui.json';
import { resultPageKeys, textPart } from '../../src/i18n/textParts';

describe('the two parts of a texts file', () => {
  it.each([
    ['da', daUi],
    ['en', enUi],
  ])('split the %s interface texts into two parts that make the whole', (_, texts) => {
    const startPage = textPart('ui', texts, 'start-page');
    const resultPage = textPart('ui', texts, 'result-page');
    expect(Object.keys(resultPage).sort()).toEqual([...(resultPageKeys.ui ?? [])].sort());
    expect({ ...startPage, ...resultPage }).toEqual(texts);
  });

  it('leave a namespace that is not split whole in the start page part', () => {
    const texts = { services: { a: 'A' }, reasons: { b: 'B' } };
    expect(textPart('help', texts, 'start-page')).toEqual(texts);
    expect(textPart('help', texts, 'result-page')).toEqual({});
  });

  it('are what the app imports through the build (scripts/textPartsPlugin.ts)', () => {
    expect(daStartPage).toEqual(textPart('ui', daUi, 'start-page'));
    expect(daResultPage).toEqual(textPart('ui', daUi, 'result-page'));
    expect(daStartPage).toHaveProperty('start.title');
    expect(daStartPage).not.toHaveProperty('result');
  });
});
