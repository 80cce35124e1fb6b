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

type Texts = Record<string, unknown>;

// Every language's files, found by name: a language is its files plus its entry in languages.ts.
// `ui` comes in two parts (textParts.ts): the start page's, which texts.ts has already fetched, and the rest.
const uiRest = import.meta.glob<Texts>('./locales/*/ui.json', {
  query: '?result-page',
  import: 'default',
});
const namespaceFiles = import.meta.glob<Texts>(['./locales/*/*.json', '!./locales/*/ui.json'], {
  import: 'default',
});
const questionnaireFiles = import.meta.glob<Texts>(
  ['../../questionnaires/rusmiddeltjek/*.json', '!**/definition.json'],
  { import: 'default' },
);

/** The file's texts, or a plain error naming the file a language lacks. */
function fetchTexts(files: Record<string, () => Promise<Texts>>, path: string): Promise<Texts> {
  const load = files[path];
  return load ? load() : Promise.reject(new Error(`No texts file ${path}`));
}

/** Every text of the language, by namespace. */
async function loadLanguage(language: Language): Promise<ResourceLanguage> {
  const texts: Record<Namespace, Promise<Texts>> = {
    ui: Promise.all([
      loadStartPageTexts(language),
      fetchTexts(uiRest, `./locales/${language}/ui.json`),
    ]).then(([startPage, rest]) => ({ ...startPage, ...rest })),
    help: fetchTexts(namespaceFiles, `./locales/${language}/help.json`),
    questionnaire: fetchTexts(
      questionnaireFiles,
      `../../questionnaires/rusmiddeltjek/${language}.json`,
    ),
    contact: fetchTexts(namespaceFiles, `./locales/${language}/contact.json`),
    handover: fetchTexts(namespaceFiles, `./locales/${language}/handover.json`),
  };
  const entries = await Promise.all(
    Object.entries(texts).map(async ([namespace, loaded]) => [namespace, await loaded]),
  );
  return Object.fromEntries(entries) as ResourceLanguage;
}

/**
 * Makes every text of the language available. Call it before showing a page of the journey in
 * that language; switching language does it for the new one.
 */
export async function ensureLanguageLoaded(instance: I18n, language: Language): Promise<void> {
  if (namespaces.every((namespace) => instance.hasResourceBundle(language, namespace))) return;
  const resources = await loadLanguage(language);
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
    resources: { [language]: await loadLanguage(language) },
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
