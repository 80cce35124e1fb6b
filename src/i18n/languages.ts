/** The languages every text must exist in; Danish is the source and the default. */
export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'da';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Each language's name in itself, as the switch shows it. */
export const languageNames: Record<Language, string> = { da: 'Dansk', en: 'English' };

/** `?lng=en` chooses the language at start; nothing is stored. */
export function languageFromSearch(search: string): Language {
  const requested = new URLSearchParams(search).get('lng');
  return isLanguage(requested) ? requested : defaultLanguage;
}
