/** The languages every text must exist in; Danish is the source and the default. */
export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
/** The source language, bundled with the app (i18n.ts loads the others on demand). */
export const defaultLanguage: Language = 'da';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * What the app knows of each language besides its texts: its name in itself, as the switch shows
 * it, and the locale its dates and numbers are written in. A language is its text files, its code
 * in `languages` and its entry here (the type checker asks for it); nothing else in src names one.
 */
export const languageDetails: Record<Language, { name: string; locale: string }> = {
  da: { name: 'Dansk', locale: 'da' },
  // English as written in Europe: "26 November 2026 at 14:56", not the US order and clock.
  en: { name: 'English', locale: 'en-GB' },
};
