import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import daUiStartPage from './locales/da/ui.json?start-page';
import { defaultLanguage, type Language } from './languages';

/**
 * `ui` is the interface, `help` the services and the reasons for them, `questionnaire` the
 * questionnaire's own texts, `contact` the callback form, `handover` the code, exports and import view.
 */
export const namespaces = ['ui', 'help', 'questionnaire', 'contact', 'handover'] as const;

// Only what the start page and the frame around every page show is bundled (see textParts.ts).
const bundled: Resource = { da: { ui: daUiStartPage } };

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

// Each language's texts that are not bundled: Danish's for the journey, every other language whole.
// A namespace given in parts is put together again (`addResourceBundle` with `deep`).
const loaders: Record<Language, () => Promise<ResourceLanguage>> = {
  da: () =>
    textsOf({
      ui: import('./locales/da/ui.json?result-page'),
      help: import('./locales/da/help.json'),
      questionnaire: import('../../questionnaires/rusmiddeltjek/da.json'),
      contact: import('./locales/da/contact.json'),
      handover: import('./locales/da/handover.json'),
    }),
  en: () =>
    textsOf({
      ui: import('./locales/en/ui.json'),
      help: import('./locales/en/help.json'),
      questionnaire: import('../../questionnaires/rusmiddeltjek/en.json'),
      contact: import('./locales/en/contact.json'),
      handover: import('./locales/en/handover.json'),
    }),
};

// The languages each instance has whole; Danish is whole only once the journey's texts are in.
const wholeLanguages = new WeakMap<I18n, Set<Language>>();

/**
 * Makes every text of the language available. Call it before showing a page past the start page
 * in that language; switching language does it for the new one.
 */
export async function ensureLanguageLoaded(instance: I18n, language: Language): Promise<void> {
  const whole = wholeLanguages.get(instance) ?? new Set<Language>();
  wholeLanguages.set(instance, whole);
  if (whole.has(language)) return;
  const resources = await loaders[language]();
  for (const [namespace, bundle] of Object.entries(resources)) {
    instance.addResourceBundle(language, namespace, bundle, true);
  }
  whole.add(language);
}

export function applyDocumentLanguage(instance: I18n): void {
  // None when the build renders the start page (src/prerender.tsx): it sets `lang` itself.
  if (typeof document === 'undefined') return;
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
