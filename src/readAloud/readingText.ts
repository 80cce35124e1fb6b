/**
 * What "Læs op" reads: the text a person sees in one part of the page, in the order it is shown,
 * taken from the page itself rather than from a second copy of the texts. Each block (a heading, a
 * paragraph, a label, a list item) is one piece, so speech pauses between them.
 */

/** Elements that start a new piece to read. */
const blocks = new Set([
  'ADDRESS',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LABEL',
  'LEGEND',
  'LI',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Controls and what is never shown as text: not read. */
const unread = new Set([
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'CANVAS',
]);

/** Marks the read-aloud control itself, so it is not read out with the text around it. */
export const readAloudControlAttribute = 'data-read-aloud-control';

function hiddenFromSight(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Text kept for screen readers only (a "Fejl:" prefix, "opens in a new window") is not on screen.
  if (element.classList.contains('visually-hidden')) return true;
  if (element.hasAttribute(readAloudControlAttribute)) return true;
  // In a browser: hidden by the page's styles (display: none, a closed disclosure's content).
  const visible = (element as Partial<Pick<HTMLElement, 'checkVisibility'>>).checkVisibility;
  return typeof visible === 'function' && !visible.call(element);
}

/** The shown content of a closed <details> is its summary only. */
function insideClosedDetails(element: Element): boolean {
  const parent = element.parentElement;
  return (
    parent !== null &&
    parent.tagName === 'DETAILS' &&
    !parent.hasAttribute('open') &&
    element.tagName !== 'SUMMARY'
  );
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The pieces of text shown in `root`, in document order: controls, closed disclosures and text
 * hidden from sight left out; a picture with `role="img"` read by its label, which says what it
 * shows.
 */
export function readingChunks(root: Element): string[] {
  const chunks: string[] = [];
  let piece = '';
  const flush = () => {
    const text = tidy(piece);
    if (text) chunks.push(text);
    piece = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      piece += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (unread.has(tag) || hiddenFromSight(element) || insideClosedDetails(element)) return;
    const block = blocks.has(tag);
    if (block) flush();
    if (element.getAttribute('role') === 'img') {
      piece += ` ${element.getAttribute('aria-label') ?? ''} `;
    } else {
      element.childNodes.forEach(walk);
    }
    if (block) flush();
  };
  root.childNodes.forEach(walk);
  flush();
  return chunks;
}
