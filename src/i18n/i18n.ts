import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import daQuestionnaire from '../../questionnaires/rusmiddeltjek/da.json';
import daContact from './locales/da/contact.json';
import daHandover from './locales/da/handover.json';
import daHelp from './locales/da/help.json';
import daUi from './locales/da/ui.json';
import { defaultLanguage, type Language } from './languages';

export const namespaces = ['ui', 'help', 'contact', 'handover', 'questionnaire'] as const;

// Danish is bundled; any other language is fetched the first time it is chosen.
const loaders: Record<Exclude<Language, 'da'>, () => Promise<ResourceLanguage>> = {
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

const bundled: Resource = {
  da: {
    ui: daUi,
    help: daHelp,
    contact: daContact,
    handover: daHandover,
    questionnaire: daQuestionnaire,
  },
};

export async function ensureLanguageLoaded(instance: I18n, language: Language): Promise<void> {
  if (language === 'da' || instance.hasResourceBundle(language, 'ui')) return;
  const resources = await loaders[language]();
  for (const [namespace, bundle] of Object.entries(resources)) {
    instance.addResourceBundle(language, namespace, bundle);
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

export async function createI18n(language: Language = defaultLanguage): Promise<I18n> {
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
  return instance;
}
