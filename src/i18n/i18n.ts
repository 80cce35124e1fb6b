import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import daHelp from './locales/da/help.json';
import daUi from './locales/da/ui.json';
import { defaultLanguage, type Language } from './languages';

/** What the start page and the frame around every page need: bundled in Danish. */
const startNamespaces = ['ui', 'help'] as const;
/** What only the pages after the start page need: fetched with them (see `ensureLanguageLoaded`). */
const journeyNamespaces = ['questionnaire', 'contact', 'handover'] as const;
export const namespaces = [...startNamespaces, ...journeyNamespaces] as const;

const bundled: Resource = { da: { ui: daUi, help: daHelp } };

// Each language's texts that are not bundled: Danish's journey texts, and every other language whole.
const loaders: Record<Language, () => Promise<ResourceLanguage>> = {
  da: async () => {
    const [questionnaire, contact, handover] = await Promise.all([
      import('../../questionnaires/rusmiddeltjek/da.json'),
      import('./locales/da/contact.json'),
      import('./locales/da/handover.json'),
    ]);
    return {
      questionnaire: questionnaire.default,
      contact: contact.default,
      handover: handover.default,
    };
  },
  en: async () => {
    const [ui, help, contact, handover, questionnaire] = await Promise.all([
      import('./locales/en/ui.json'),
      import('./locales/en/help.json'),
      import('./locales/en/contact.json'),
      import('./locales/en/handover.json'),
      import('../../questionnaires/rusmiddeltjek/en.json'),
    ]);
    return {
      ui: ui.default,
      help: help.default,
      contact: contact.default,
      handover: handover.default,
      questionnaire: questionnaire.default,
    };
  },
};

function hasAllTexts(instance: I18n, language: Language): boolean {
  return namespaces.every((namespace) => instance.hasResourceBundle(language, namespace));
}

/**
 * Makes every text of the language available. Call it before showing a page past the start page
 * in that language; switching language does it for the new one.
 */
export async function ensureLanguageLoaded(instance: I18n, language: Language): Promise<void> {
  if (hasAllTexts(instance, language)) return;
  const resources = await loaders[language]();
  for (const [namespace, bundle] of Object.entries(resources)) {
    if (!instance.hasResourceBundle(language, namespace)) {
      instance.addResourceBundle(language, namespace, bundle);
    }
  }
}

export function applyDocumentLanguage(instance: I18n): void {
  document.documentElement.lang = instance.language;
  document.documentElement.dir = instance.dir(instance.language);
}

/** Loads the language if needed and switches to it; `lang` and `dir` follow (see createI18n). */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  await ensureLanguageLoaded(instance, language);
  await instance.changeLanguage(language);
}

/**
 * An i18next instance in the language, with every text loaded — or, with `startPageOnly`, in Danish
 * only what the start page needs (the app's first load; the rest comes with the journey).
 */
export async function createI18n(
  language: Language = defaultLanguage,
  { startPageOnly = false }: { startPageOnly?: boolean } = {},
): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: defaultLanguage,
    // A missing key must show, never fall back silently to another language.
    fallbackLng: false,
    resources: bundled,
    ns: [...namespaces],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (languages, namespace, key) => {
      console.error(`Missing translation: ${languages.join(',')} ${namespace}:${key}`);
    },
  });
  instance.on('languageChanged', () => applyDocumentLanguage(instance));
  if (language !== defaultLanguage) await switchLanguage(instance, language);
  else if (!startPageOnly) await ensureLanguageLoaded(instance, language);
  return instance;
}
