// The source language's (languages.ts: `defaultLanguage`), bundled with the first load.
import sourceStartPage from './locales/da/ui.json?start-page';
import { defaultLanguage, type Language } from './languages';
import type { ResultPageKey } from './textParts';

/** The start page's part of `ui` (textParts.ts), shaped as the Danish source file. */
export type StartPageTexts = Omit<typeof import('./locales/da/ui.json'), ResultPageKey>;

/** Every key of a texts object, dotted (`start.resume.label`); a plural's `key_one` also as `key`. */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? | `${Prefix}${K}`
      | (K extends `${infer Base}_${Intl.LDMLPluralRule}` ? `${Prefix}${Base}` : never)
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of the start page's texts, checked by TypeScript against the Danish file. */
export type TextKey = KeysOf<StartPageTexts>;

/** Values for a text's `{{name}}` placeholders; `count` also picks its plural form. */
export type TextValues = Readonly<Record<string, string | number>>;

/** The texts of the start page and the frame around every page, in one language. */
export interface Texts {
  language: Language;
  dir: 'ltr' | 'rtl';
  t(key: TextKey, values?: TextValues): string;
}

// Written right to left, as i18next's `dir()` knows them; none of ours is yet.
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur', 'yi']);

function textAt(texts: unknown, key: string): string | undefined {
  let node = texts;
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Looks texts up as i18next does for what the frame uses: a dotted key, `{{name}}` filled in
 * unescaped (React escapes), and `count` choosing `key_one` / `key_other` by the language's rules.
 * A missing key shows as the key and is logged in development, as i18n.ts does for i18next.
 */
export function textsIn(language: Language, texts: StartPageTexts): Texts {
  const plurals = new Intl.PluralRules(language);
  return {
    language,
    dir: rightToLeft.has(language) ? 'rtl' : 'ltr',
    t(key, values = {}) {
      const { count } = values;
      const text =
        (typeof count === 'number'
          ? textAt(texts, `${key}_${plurals.select(count)}`)
          : undefined) ?? textAt(texts, key);
      if (text === undefined) {
        if (import.meta.env.DEV) console.error(`Missing translation: ${language} ui:${key}`);
        return key;
      }
      return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
        name in values ? String(values[name]) : placeholder,
      );
    },
  };
}

// The source language's part is bundled; every other language's is fetched when it is chosen,
// found by its file's name (a language is its files plus its entry in languages.ts).
const otherStartPages = import.meta.glob<Record<string, unknown>>('./locales/*/ui.json', {
  query: '?start-page',
  import: 'default',
});

/** The start page's texts in the language: i18n.ts builds the journey's `ui` on the same part. */
export async function loadStartPageTexts(language: Language): Promise<StartPageTexts> {
  const load =
    language === defaultLanguage
      ? () => Promise.resolve(sourceStartPage)
      : otherStartPages[`./locales/${language}/ui.json`];
  if (!load) throw new Error(`No texts file for ${language}`);
  // The build makes the part from a file that tests/i18n/interfaceTexts.test.ts keeps in step with Danish.
  return (await load()) as StartPageTexts;
}

/** The start page's and the frame's texts in the language, fetched if it is not Danish. */
export async function loadTexts(language: Language): Promise<Texts> {
  return textsIn(language, await loadStartPageTexts(language));
}

/** `lang` and `dir` on `<html>` follow the language shown. */
export function applyDocumentLanguage({ language, dir }: Texts): void {
  // None when the build renders the start page (src/prerender.tsx): it sets `lang` itself.
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
}
