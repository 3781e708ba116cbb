/**
 * Printing an article alone, from its "In bài viết" button or from the browser's own Print
 * (Ctrl+P), wherever it sits: a page's main column, a host layout with sidebars and fixed headers,
 * or `<tin-feed>`'s shadow root. Print CSS from the page cannot reach into shadow roots, so on
 * `beforeprint` the article and each of its ancestors (crossing shadow roots and slots) are marked,
 * every sibling along that chain is marked hidden, and one print sheet is adopted by the document
 * and by every shadow root on the way; `afterprint` undoes it all. Hidden siblings take no room
 * (no blank pages), and the chain is reset to plain blocks so a grid, a fixed or scrolling shell
 * cannot squeeze or clip the article.
 */

const PATH = 'data-tin-print-path';
const HIDE = 'data-tin-print-hide';
const TARGET = 'data-tin-printing';

let sheet: CSSStyleSheet | undefined;
const printSheet = () => {
  // A constructed sheet, not a <style> element: allowed under a strict style-src CSP.
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(
    `@media print{[${HIDE}]{display:none!important}[${PATH}]:not(slot),[${TARGET}]{display:block!important;position:static!important;float:none!important;inset:auto!important;width:auto!important;min-width:0!important;max-width:none!important;height:auto!important;min-height:0!important;max-height:none!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;transform:none!important;columns:auto!important}}`,
  );
  return sheet;
};

/** The articles on the page that could be printed, each with whether it shows one now; the one whose button asked. */
const articles = new Map<HTMLElement, () => boolean>();
let requested: HTMLElement | undefined;
let undo: (() => void) | undefined;

/**
 * Adds `element` to the articles Ctrl+P may print, until it is disconnected; only while `shows()`
 * (an article still loading, lazy and not yet near, or failed prints no blank page: the page prints).
 */
export function printable(element: HTMLElement, shows: () => boolean): () => void {
  if (!articles.size) {
    addEventListener('beforeprint', prepare);
    addEventListener('afterprint', finish);
  }
  articles.set(element, shows);
  return () => {
    articles.delete(element);
    if (requested === element) requested = undefined;
    if (!articles.size) {
      removeEventListener('beforeprint', prepare);
      removeEventListener('afterprint', finish);
    }
  };
}

/** The "In bài viết" button: prints `element`, whichever other article the page shows. */
export function printArticle(element: HTMLElement): void {
  requested = element;
  prepare();
  print();
}

/**
 * The article the reader means: the one whose button was pressed, else the first shown one in the
 * viewport, else the first shown at all (an article in a hidden tab or a closed view is not).
 */
function target(): HTMLElement | undefined {
  if (requested?.isConnected) return requested;
  const shown = [...articles.keys()].filter(
    (el) => el.isConnected && articles.get(el)!() && el.getClientRects().length,
  );
  return (
    shown.find((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    }) ?? shown[0]
  );
}

function prepare(): void {
  const element = target();
  if (!element || element.hasAttribute(TARGET)) return;
  cleanUp();
  const marked: Element[] = [];
  const roots = new Set<Document | ShadowRoot>();
  const mark = (el: Element, attribute: string) => {
    el.setAttribute(attribute, '');
    marked.push(el);
  };
  mark(element, TARGET);
  for (let node: Element | null = element; node;) {
    roots.add(node.getRootNode() as Document | ShadowRoot);
    const parent: ParentNode | null = node.parentNode;
    for (const sibling of parent ? [...parent.children] : []) {
      if (sibling !== node) mark(sibling, HIDE);
    }
    // The flat tree: a slotted node is laid out where its slot is, a shadow root's top where its host is.
    node = node.assignedSlot ?? (parent instanceof ShadowRoot ? parent.host : node.parentElement);
    if (node) mark(node, PATH);
  }
  const adopted = printSheet();
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, adopted];
  undo = () => {
    for (const el of marked) [TARGET, PATH, HIDE].forEach((a) => el.removeAttribute(a));
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== adopted);
  };
}

function cleanUp(): void {
  undo?.();
  undo = undefined;
}

/** After printing, the page is as it was, and the button's choice lasts one print. */
function finish(): void {
  cleanUp();
  requested = undefined;
}
