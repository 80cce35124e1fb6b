import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { languages } from '../../src/i18n/languages';
import { loadStartPageTexts, loadTexts, type TextKey } from '../../src/i18n/texts';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    leafKeys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the start page’s texts without i18next', () => {
  it.each(languages)(
    'read every start-page text as the journey’s i18next reads it (%s)',
    async (language) => {
      const [texts, i18n] = await Promise.all([loadTexts(language), createI18n(language)]);
      const values = { count: 2, name: 'Kim', current: 3, total: 9, option: 'A', min: 1, max: 5 };
      const leaves = leafKeys(await loadStartPageTexts(language));
      // A plural's forms are also read by their shared key, with `count` choosing the form.
      const plurals = leaves.flatMap((key) => /^(.*)_(one|other)$/.exec(key)?.[1] ?? []);
      const keys = [...new Set([...leaves, ...plurals])] as TextKey[];
      expect(keys.length).toBeGreaterThan(100);
      for (const key of keys) {
        expect(texts.t(key, values), key).toBe(i18n.t(key, values));
      }
    },
  );

  it('choose the plural form by the language’s rules', async () => {
    const [da, en] = await Promise.all([loadTexts('da'), loadTexts('en')]);
    expect(en.t('quickExit.shiftLeft', { count: 1 })).toBe(
      'Shift: press 1 more time to leave this page.',
    );
    expect(en.t('quickExit.shiftLeft', { count: 2 })).toBe(
      'Shift: press 2 more times to leave this page.',
    );
    expect(da.t('quickExit.shiftLeft', { count: 1 })).toBe(
      'Shift: tryk 1 gang mere for at forlade siden.',
    );
  });

  it('show a missing key as the key, and say so', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const texts = await loadTexts('da');
    expect(texts.t('start.gone' as TextKey)).toBe('start.gone');
    expect(consoleError).toHaveBeenCalledWith('Missing translation: da ui:start.gone');
  });
});
