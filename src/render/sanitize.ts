/**
 * The only path from feed HTML to the DOM. DOMPurify (loaded on first use, so pages without an
 * article view never download it) filters against an explicit allow-list; then the clean-up that
 * Vietnamese CMS output needs: `&nbsp;`-only paragraphs dropped, URLs resolved against the
 * article (not the host page) and re-checked, images lazy, external links in a new tab.
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

let purifier: Promise<DOMPurify> | undefined;

/** Loads DOMPurify once; resolves when `sanitizeBody` can run synchronously. */
export function loadSanitizer(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then((module) => module.default);
  return purifier;
}

const isBlank = (element: Element) =>
  !(element.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, '') && !element.querySelector('img, table, hr, iframe, video');

/**
 * Sanitises `html` and applies the body clean-up. `baseUrl` is the article's URL: relative links
 * and images in the body were written relative to it. `authorNames` lets a trailing paragraph that
 * merely repeats the author (as CMS bodies do) be lifted out, so the name is not shown twice.
 */
export function sanitizeBody(purify: DOMPurify, html: string, baseUrl: string | undefined, authorNames: readonly string[] = []): SanitizedBody {
  const fragment = purify.sanitize(stripInlineNoise(html), CONFIG);

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
    const h2 = document.createElement('h2');
    h2.append(...heading.childNodes);
    heading.replaceWith(h2);
  }
  for (const table of fragment.querySelectorAll('table')) {
    const wrapper = document.createElement('div');
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
  return { fragment, signature };
}

function lastBlock(fragment: DocumentFragment): Element | undefined {
  const blocks = fragment.querySelectorAll('p, div:not(.table-wrap)');
  return blocks[blocks.length - 1];
}
