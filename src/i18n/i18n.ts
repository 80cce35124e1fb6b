import i18next, { type i18n as I18n, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, type Language } from './languages';
import { loadStartPageTexts } from './texts';

/**
 * i18next for the journey's pages: loaded with the journey (src/app/appFlow.ts), never on the first
 * load, where the start page and the frame read their texts through `useTexts` (texts.ts).
 *
 * `ui` is the interface, `help` the services and the reasons for them, `questionnaire` the
 * questionnaire's own texts, `contact` the callback form, `handover` the code, exports and import view.
 */
export const namespaces = ['ui', 'help', 'questionnaire', 'contact', 'handover'] as const;

type Namespace = (typeof namespaces)[number];

/** Waits for each namespace's module and hands i18next its texts. */
async function textsOf(
  modules: Record<Namespace, Promise<{ default: Record<string, unknown> }>>,
): Promise<ResourceLanguage> {
  const entries = await Promise.all(
    Object.entries(modules).map(async ([namespace, module]) => [namespace, (await module).default]),
  );
  return Object.fromEntries(entries) as ResourceLanguage;
}

/** `ui` put together again from its two parts: the start page's (already shown) and the rest. */
async function uiOf(
  language: Language,
  resultPage: Promise<{ default: Record<string, unknown> }>,
): Promise<{ default: Record<string, unknown> }> {
  const [startPage, rest] = await Promise.all([loadStartPageTexts(language), resultPage]);
  return { default: { ...startPage, ...rest.default } };
}

// Each language's texts, whole.
const loaders: Record<Language, () => Promise<ResourceLanguage>> = {
  da: () =>
    textsOf({
      ui: uiOf('da', import('./locales/da/ui.json?result-page')),
      help: import('./locales/da/help.json'),
      questionnaire: import('../../questionnaires/rusmiddeltjek/da.json'),
      contact: import('./locales/da/contact.json'),
      handover: import('./locales/da/handover.json'),
    }),
  en: () =>
    textsOf({
      ui: uiOf('en', import('./locales/en/ui.json?result-page')),
      help: import('./locales/en/help.json'),
      questionnaire: import('../../questionnaires/rusmiddeltjek/en.json'),
      contact: import('./locales/en/contact.json'),
      handover: import('./locales/en/handover.json'),
    }),
};

/**
 * Makes every text of the language available. Call it before showing a page of the journey in
 * that language; switching language does it for the new one.
 */
export async function ensureLanguageLoaded(instance: I18n, language: Language): Promise<void> {
  if (namespaces.every((namespace) => instance.hasResourceBundle(language, namespace))) return;
  const resources = await loaders[language]();
  for (const [namespace, bundle] of Object.entries(resources)) {
    instance.addResourceBundle(language, namespace, bundle, true);
  }
}

/** Loads the language if needed and switches to it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  await ensureLanguageLoaded(instance, language);
  await instance.changeLanguage(language);
}

/** An i18next instance in the language, with every text of it loaded. */
export async function createI18n(language: Language = defaultLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    // A missing key must show, never fall back silently to another language.
    fallbackLng: false,
    resources: { [language]: await loaders[language]() },
    ns: [...namespaces],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (languages, namespace, key) => {
      console.error(`Missing translation: ${languages.join(',')} ${namespace}:${key}`);
    },
  });
  return instance;
}
