import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What may show in plain letters in the pseudo-locale (scripts/pseudoLocale.ts), because it is not
 * a text: addresses on the web and for e-mail, which the texts keep as written so they still work,
 * whatever the test itself typed or configured (a name, the provider's name and hours), and the
 * words with which the browser's Intl.ListFormat joins texts ("[alcohol] or [cannabis]"): locale
 * data that every language has from the browser, as are a date and time in the locale's words
 * (Intl.DateTimeFormat, "2 December 2026 at 16:21"); and the hand-over code ("RT1-…"), which is
 * data to be read out, not words.
 */
const notTexts = [
  String.raw`(?<=\]) (?:or|and) (?=\[)`,
  String.raw`\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}(?: at \d{1,2}:\d{2})?`,
  String.raw`\bRT\d+(?:-[0-9A-Z]+)+`,
  String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  String.raw`https?:\/\/\S+`,
  String.raw`\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:dk|com|org|net|eu|info)\b\S*`,
];

/** A place on the page where something is wrong, and what. */
export interface Finding {
  where: string;
  what: string;
}

/**
 * Every visible text node, and every aria-label, title, placeholder, alt and button value, must
 * have come through the texts: a run of plain (unaccented) letters is a string that did not.
 * Text hidden for the eye but read by a screen reader (visually-hidden) counts as visible. Text
 * marked as another language (`lang`: the language switch names each language in itself) is not
 * the page's language, so not the pseudo-locale's.
 */
export function untranslatedTexts(page: Page, typed: readonly string[]): Promise<Finding[]> {
  return page.evaluate(
    ({ patterns, typed }) => {
      const notText = new RegExp(patterns.join('|'), 'g');
      const plain = (text: string) => {
        let rest = text.replace(notText, ' ');
        for (const value of typed) rest = rest.split(value).join(' ');
        return /[A-Za-z]{1,}/.test(rest);
      };
      const describe = (element: Element) => {
        const parts: string[] = [];
        for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
          const id = at.id ? `#${at.id}` : '';
          const cls = at.classList.length > 0 ? `.${[...at.classList].join('.')}` : '';
          parts.unshift(`${at.tagName.toLowerCase()}${id}${cls}`);
          if (parts.length === 3) break;
        }
        return parts.join(' > ');
      };
      const pageLanguage = document.documentElement.lang;
      const inPageLanguage = (element: Element) =>
        (element.closest('[lang]')?.getAttribute('lang') ?? pageLanguage) === pageLanguage;
      const findings: { where: string; what: string }[] = [];
      if (plain(document.title)) findings.push({ where: 'title', what: document.title });
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent ?? '';
        if (!parent || text.trim() === '') continue;
        if (parent.closest('script, style, noscript, template') || !inPageLanguage(parent))
          continue;
        const shown =
          parent.closest('option') !== null ||
          parent.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
        if (shown && plain(text)) findings.push({ where: describe(parent), what: text.trim() });
      }
      const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
      for (const element of document.body.querySelectorAll('*')) {
        if (!element.checkVisibility({ visibilityProperty: true }) || !inPageLanguage(element))
          continue;
        for (const name of attributes) {
          const value = element.getAttribute(name);
          if (value && plain(value))
            findings.push({ where: `${describe(element)}[${name}]`, what: value });
        }
        if (
          element instanceof HTMLInputElement &&
          ['button', 'submit', 'reset'].includes(element.type) &&
          plain(element.value)
        ) {
          findings.push({ where: `${describe(element)}[value]`, what: element.value });
        }
      }
      return findings;
    },
    { patterns: notTexts, typed },
  );
}

/**
 * Nothing wider than the viewport: the page does not scroll sideways, no element reaches past the
 * right edge, and no text is cut off by its box (an element that hides its overflow while its
 * content is wider than it). A box that scrolls sideways on purpose (a wide table's) may hold
 * wider content; it must fit itself. Visually-hidden elements (1 px, clipped) and those put
 * beyond the left edge until focused are left out.
 */
export function overflows(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const findings: { where: string; what: string }[] = [];
    const describe = (element: Element) => {
      const parts: string[] = [];
      for (let at: Element | null = element; at && at !== document.body; at = at.parentElement) {
        const cls = at.classList.length > 0 ? `.${[...at.classList].join('.')}` : '';
        parts.unshift(`${at.tagName.toLowerCase()}${at.id ? `#${at.id}` : ''}${cls}`);
        if (parts.length === 3) break;
      }
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `${parts.join(' > ')} "${text}"`;
    };
    // Inside a box that scrolls sideways (a wide table's), what is wider is reached by scrolling it.
    const inScrollingBox = (element: Element) => {
      for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
      }
      return false;
    };
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) {
      const past = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > width)
        .map((element) => describe(element));
      findings.push({
        where: 'document',
        what: `scrollWidth ${scrollWidth} > ${width}; past the edge: ${past.join(', ')}`,
      });
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility({ visibilityProperty: true }) || inScrollingBox(element))
        continue;
      const box = element.getBoundingClientRect();
      // Visually-hidden (1 px), or put beyond the left edge until focused (the skip link).
      if (box.width <= 1 || box.height <= 1 || box.right <= 0) continue;
      const style = getComputedStyle(element);
      if (box.right > width + 0.5 || box.left < -0.5) {
        findings.push({
          where: describe(element),
          what: `from ${Math.round(box.left)} to ${Math.round(box.right)} px`,
        });
      }
      // A text field's value is what the person typed, not a text: it scrolls inside the field.
      const typedValue =
        element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
      const clips = !typedValue && ['hidden', 'clip'].includes(style.overflowX);
      if (clips && element.scrollWidth > element.clientWidth + 1) {
        findings.push({
          where: describe(element),
          what: `content ${element.scrollWidth} px in a box of ${element.clientWidth} px (overflow-x: ${style.overflowX})`,
        });
      }
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) {
        findings.push({ where: describe(element), what: 'text cut off with an ellipsis' });
      }
    }
    return findings;
  });
}

/** On `screen`: no untranslated string and nothing overflowing at the page's width. */
export async function expectPseudoScreen(
  page: Page,
  screen: string,
  typed: readonly string[] = [],
): Promise<void> {
  const untranslated = await untranslatedTexts(page, typed);
  const overflowing = await overflows(page);
  const lines = (findings: Finding[]) => findings.map((f) => `  ${f.where}: ${f.what}`).join('\n');
  expect(
    untranslated,
    `strings that did not come through the texts, on ${screen}:\n${lines(untranslated)}\n`,
  ).toEqual([]);
  expect(overflowing, `overflow on ${screen}:\n${lines(overflowing)}\n`).toEqual([]);
}
