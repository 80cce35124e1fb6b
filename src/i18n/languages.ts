/** The languages every text must exist in; Danish is the source and the default. */
export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
/** The source language, bundled with the app (i18n.ts loads the others on demand). */
export const defaultLanguage: Language = 'da';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Each language's name in itself, as the switch shows it. */
export const languageNames: Record<Language, string> = { da: 'Dansk', en: 'English' };
