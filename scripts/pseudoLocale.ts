import type { Plugin } from 'vite';

/**
 * The pseudo-locale: English made strange but readable — every letter accented, every vowel doubled
 * (about 35 % longer, as Danish and German often are), each text in brackets — so that a glance at a
 * page shows any string that did not come from the texts (plain letters) and any text cut off (a
 * missing bracket). Made at build time in `--mode pseudo` only (`npm run dev:pseudo`), where it takes
 * the place of the English texts: `?lng=en` or /en/ shows it. A production build never carries it
 * (tests/browser/pseudo-locale.test.ts checks `dist`).
 */

/** The mode that turns it on: `vite --mode pseudo`, `vite build --mode pseudo`. */
export const pseudoMode = 'pseudo';

/** The language the pseudo-locale is made from and shown in place of. */
export const pseudoSourceLanguage = 'en';

const accented: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...zip('abcdefghijklmnopqrstuvwxyz', 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'),
    ...zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'),
  ].map(([plain, accent]) => [plain, accent]),
);

function zip(plain: string, accents: string): [string, string][] {
  const accentList = [...accents];
  return [...plain].map((letter, index) => [letter, accentList[index] ?? letter]);
}

/**
 * What must pass through untouched, for the app to work and for a person to use: i18next's
 * `{{placeholders}}` and `$t(nested)` texts, `<0>…</0>` and `<strong>` tags (their content is
 * transformed), addresses on the web and for e-mail. Digits (phone numbers) are never touched.
 */
const keptIntact = new RegExp(
  [
    String.raw`\{\{[^{}]*\}\}`,
    String.raw`\$t\([^()]*\)`,
    String.raw`<\/?[A-Za-z0-9]+\s*\/?>`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`https?:\/\/[^\s<>"')]+[^\s<>"').,;:!?]`,
    String.raw`\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:dk|com|org|net|eu|info)\b(?:\/[^\s<>"')]*[^\s<>"').,;:!?])?`,
  ].join('|'),
  'g',
);

const vowels = /[aeiouAEIOU]/;

function accent(text: string): string {
  return [...text]
    .map((letter) => {
      const changed = accented[letter] ?? letter;
      return vowels.test(letter) ? changed + changed.toLowerCase() : changed;
    })
    .join('');
}

/** One text in the pseudo-locale: "Continue" → "[Çööñţîîñûûéé]". Empty and blank texts stay as they are. */
export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  let result = '';
  let from = 0;
  for (const match of text.matchAll(keptIntact)) {
    result += accent(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return `[${result}${accent(text.slice(from))}]`;
}

/** Every text in a texts file (any depth) in the pseudo-locale; keys — plural and context suffixes too — unchanged. */
export function pseudoTexts<T>(texts: T): T {
  if (typeof texts === 'string') return pseudoText(texts) as T;
  if (Array.isArray(texts)) return texts.map((value: unknown) => pseudoTexts(value)) as T;
  if (typeof texts === 'object' && texts !== null) {
    return Object.fromEntries(
      Object.entries(texts).map(([key, value]) => [key, pseudoTexts(value)]),
    ) as T;
  }
  return texts;
}

/** The English texts files: the interface's namespaces and each questionnaire's own texts. */
export function isPseudoSource(file: string): boolean {
  const path = file.replace(/\\/g, '/');
  return new RegExp(
    String.raw`/(?:src/i18n/locales/${pseudoSourceLanguage}/[^/]+|questionnaires/[^/]+/${pseudoSourceLanguage})\.json$`,
  ).test(path);
}

/** For scripts/textPartsPlugin.ts: a part of an English texts file, in the pseudo-locale. */
export function pseudoTextsOf(
  file: string,
  texts: Record<string, unknown>,
): Record<string, unknown> {
  return isPseudoSource(file) ? pseudoTexts(texts) : texts;
}

/**
 * In `--mode pseudo` only: the English texts files, imported whole (i18n.ts), arrive in the
 * pseudo-locale. Their parts (`?start-page`, `?result-page`) are made by textPartsPlugin, given
 * `pseudoTextsOf`. Before Vite's own JSON handling, so it sees the file as written.
 */
export function pseudoLocalePlugin(): Plugin {
  let on = false;
  return {
    name: 'rusmiddeltjek:pseudo-locale',
    enforce: 'pre',
    configResolved(config) {
      on = config.mode === pseudoMode;
    },
    transform(code, id) {
      if (!on || id.includes('?') || !isPseudoSource(id)) return null;
      return { code: JSON.stringify(pseudoTexts(JSON.parse(code) as unknown)), map: null };
    },
  };
}
