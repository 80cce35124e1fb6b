import daUi from '../../src/i18n/locales/da/ui.json';
import enUi from '../../src/i18n/locales/en/ui.json';

/** The interface texts the journeys look for, straight from the app's own translation files. */
export type UiTexts = typeof daUi;
export type Language = 'da' | 'en';

export const uiTexts: Record<Language, UiTexts> = { da: daUi, en: enUi };

/** Each language's switch button, named in that language. */
export const languageButton: Record<Language, string> = { da: 'Dansk', en: 'English' };

/** i18next-style `{{name}}` interpolation, for texts such as a "Change" button's hidden part. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
