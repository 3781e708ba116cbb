/**
 * The only path from feed HTML to the DOM. One explicit allow-list, enforced by the browser's
 * own HTML Sanitizer API where it exists (`Document.parseHTML`), else by DOMPurify, loaded on
 * first use so pages without an article view, and modern browsers, never download it. Then the
 * clean-up that Vietnamese CMS output needs: `&nbsp;`-only paragraphs dropped, URLs resolved
 * against the article (not the host page) and re-checked, images lazy, external links in a new tab.
 */
import type { Config, DOMPurify } from 'dompurify';
import { stripInlineNoise } from '../feed/inert-html.js';
import { isExternal, safeUrl } from '../feed/urls.js';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'span', 'div',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img', 'figure', 'figcaption', 'blockquote', 'q', 'cite', 'pre', 'code', 'abbr', 'time',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'datetime', 'lang', 'dir'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Inline styles from CMS editors fight the portal's typography and are a CSS-injection vector.
  FORBID_ATTR: ['style', 'class', 'id'],
  RETURN_DOM_FRAGMENT: true,
};

/** What an element needs to show an article body. */
export interface SanitizedBody {
  readonly fragment: DocumentFragment;
  /** Text of a trailing signature paragraph that repeated an author's name (removed from the body). */
  readonly signature?: string;
}

/** Allow-list filtering of untrusted HTML into an inert fragment (not yet in the page). */
export type Purify = (html: string) => DocumentFragment;

export type SanitizerChoice = 'auto' | 'native' | 'dompurify';

// Elements outside the allow-list whose text is still content (DOMPurify's KEEP_CONTENT does this
// for every element; the native API needs them named).
const UNWRAP = [
  'font', 'center', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'big', 'tt',
  'ins', 'del', 'strike', 'label', 'address', 'details', 'summary', 'bdi', 'bdo', 'kbd', 'samp', 'var', 'dfn', 'o:p',
];

interface NativeSanitizerDocument {
  parseHTML?(html: string, options: { sanitizer: Record<string, unknown> }): Document;
}

const nativeParse = () => (Document as unknown as NativeSanitizerDocument).parseHTML;

const nativePurify: Purify = (html) => {
  const doc = nativeParse()!.call(Document, html, {
    sanitizer: {
      elements: ['html', 'head', 'body', ...ALLOWED_TAGS],
      attributes: ALLOWED_ATTR,
      replaceWithChildrenElements: UNWRAP,
      comments: false,
      dataAttributes: false,
    },
  });
  const fragment = doc.createDocumentFragment();
  // A <frameset> document has no body: nothing in it is content we allow.
  if (doc.body) fragment.append(...doc.body.childNodes);
  return fragment;
};

let choice: SanitizerChoice = 'auto';
let purifier: Promise<Purify> | undefined;

/**
 * Chooses the sanitiser: `auto` (the browser's Sanitizer API when present, else DOMPurify),
 * or one of them explicitly, e.g. for a portal that wants DOMPurify everywhere.
 */
export function useSanitizer(next: SanitizerChoice): void {
  choice = next;
  purifier = undefined;
}

/** Loads the sanitiser once; resolves when `sanitizeBody` can run synchronously. */
export function loadSanitizer(): Promise<Purify> {
  purifier ??=
    choice !== 'dompurify' && nativeParse()
      ? Promise.resolve(nativePurify)
      : import('dompurify').then(
          ({ default: purify }: { default: DOMPurify }) =>
            // DOMPurify answers null, not a fragment, when the markup parses to no body (a <frameset>).
            (html: string) => purify.sanitize(html, CONFIG) ?? document.implementation.createHTMLDocument('').createDocumentFragment(),
        );
  return purifier;
}

const isBlank = (element: Element) =>
  !(element.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, '') && !element.querySelector('img, table, hr, iframe, video');

/**
 * Sanitises `html` and applies the body clean-up. `baseUrl` is the article's URL: relative links
 * and images in the body were written relative to it. `authorNames` lets a trailing paragraph that
 * merely repeats the author (as CMS bodies do) be lifted out, so the name is not shown twice.
 */
export function sanitizeBody(purify: Purify, html: string, baseUrl: string | undefined, authorNames: readonly string[] = []): SanitizedBody {
  const fragment = purify(stripInlineNoise(html));

  for (const link of fragment.querySelectorAll('a')) {
    const href = safeUrl(link.getAttribute('href'), baseUrl, 'link');
    if (!href) {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('href', href);
    if (isExternal(href)) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
  for (const image of fragment.querySelectorAll('img')) {
    const src = safeUrl(image.getAttribute('src'), baseUrl, 'resource');
    if (!src) {
      image.remove();
      continue;
    }
    image.setAttribute('src', src);
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
    // An image without alt text is announced by file name; decorative is the honest default.
    if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  }
  // The article's own title is the page's <h1>; body headings sit below it.
  for (const heading of fragment.querySelectorAll('h1')) {
    const h2 = heading.ownerDocument.createElement('h2');
    h2.append(...heading.childNodes);
    heading.replaceWith(h2);
  }
  for (const table of fragment.querySelectorAll('table')) {
    const wrapper = table.ownerDocument.createElement('div');
    wrapper.className = 'table-wrap';
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  // CMS editors separate paragraphs with `<p>&nbsp;</p>`; spacing is the stylesheet's job.
  for (const block of fragment.querySelectorAll('p, div')) {
    if (isBlank(block)) block.remove();
  }
  for (const br of fragment.querySelectorAll('br + br')) br.remove();

  let signature: string | undefined;
  const last = lastBlock(fragment);
  const lastText = last?.textContent?.replace(/\s+/g, ' ').trim();
  if (last && lastText && authorNames.some((name) => name.localeCompare(lastText, 'vi', { sensitivity: 'base' }) === 0)) {
    signature = lastText;
    last.remove();
  }
  // Only now, with every URL rewritten, may the nodes join the page (and images start loading).
  return { fragment: document.adoptNode(fragment), signature };
}

function lastBlock(fragment: DocumentFragment): Element | undefined {
  const blocks = fragment.querySelectorAll('p, div:not(.table-wrap)');
  return blocks[blocks.length - 1];
}
