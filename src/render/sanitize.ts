/**
 * The only path from feed HTML to the DOM. One explicit allow-list, enforced by the browser's
 * own HTML Sanitizer API where it exists (`Document.parseHTML`), else by DOMPurify, loaded on
 * first use so pages without an article view, and modern browsers, never download it.
 *
 * Both sanitisers parse the markup once, as it is (nothing rewrites the text first), and their
 * output then goes through one structural pass (`enforceAllowList`) so both keep the same
 * content: elements outside the list are unwrapped (their text and allowed children stay),
 * code-like ones go with their content, each element keeps only its own attributes, and every
 * URL passes the scheme allow-list. Video, audio and embeds then become players or links
 * (`media.ts`). Then the clean-up that Vietnamese CMS output needs: `&nbsp;`-only paragraphs
 * dropped, URLs resolved against the article (not the host page), images lazy, external links in
 * a new tab.
 */
import type { Config, DOMPurify } from 'dompurify';
import { safeUrl } from '../feed/urls.js';
import { lazyModule } from '../internal/lazy-module.js';
import type { applyMedia, MediaOptions, restoreEmbeds } from './media.js';
import { safeSrcset } from './srcset.js';

/** Attributes every allowed element may keep. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/**
 * The allow-list: each element, with the attributes of its own it may keep after a colon
 * (width/height give an image its aspect ratio before it loads; the stylesheet caps the size).
 */
const ALLOWED = new Map(
  (
    'p br hr strong b em i u s sub sup small mark span div h1 h2 h3 h4 h5 h6 ul li dl dt dd caption colgroup thead ' +
    'tbody tfoot tr table figure figcaption blockquote q cite pre code abbr picture ins del ol:start,reversed col:span th:colspan,rowspan,scope td:colspan,rowspan a:href ' +
    'img:src,srcset,sizes,alt,width,height source:src,srcset,sizes,media,type time:datetime video:src,poster,width,height ' +
    'audio:src track:src,kind,srclang,label,default iframe:src object:data,type embed:src,type'
  )
    .split(' ')
    .map((entry): [string, readonly string[]] => {
      const [name, attributes] = entry.split(':');
      return [name!, attributes?.split(',') ?? []];
    }),
);

/**
 * Elements that go with everything inside them, because what they hold is code or a nested
 * document, not the article's text: DOMPurify's FORBID_CONTENTS, given to both sanitisers so they
 * agree. Embeds (iframe, object, embed) pass with their URL only, for `applyMedia` to turn into a
 * player or a link. (Frames never reach a body: the parser ignores them there.)
 */
export const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'plaintext',
  'xmp',
  'title',
  'head',
  'svg',
  'math',
];

const ALL_ATTRIBUTES = [...new Set([...GLOBAL_ATTRIBUTES, ...[...ALLOWED.values()].flat()])];

const DOMPURIFY_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...ALLOWED.keys()],
  ALLOWED_ATTR: ALL_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Inline styles from CMS editors fight the portal's typography and are a CSS-injection vector.
  FORBID_ATTR: ['style', 'class', 'id'],
  FORBID_CONTENTS: DROPPED_WITH_CONTENT,
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

interface NativeSanitizerDocument {
  parseHTML?(html: string, options: { sanitizer: Record<string, unknown> }): Document;
}

const nativeParse = () => (Document as unknown as NativeSanitizerDocument).parseHTML;

const nativePurify: Purify = (html) => {
  // A remove-list, not an allow-list, for elements: unknown elements must reach enforceAllowList
  // to be unwrapped (an allow-list would drop them with their text, unlike DOMPurify).
  // parseHTML's safe mode removes whatever can run script, whatever the configuration says.
  const doc = nativeParse()!.call(Document, html, {
    sanitizer: {
      removeElements: DROPPED_WITH_CONTENT,
      attributes: ALL_ATTRIBUTES,
      comments: false,
      dataAttributes: false,
    },
  });
  const fragment = doc.createDocumentFragment();
  // A <frameset> document has no body: nothing in it is content we allow.
  if (doc.body) {
    // Its safe mode removes every embed, whatever the configuration says: put back their URLs.
    media.get()?.restoreEmbeds(doc.body, html);
    fragment.append(...doc.body.childNodes);
  }
  return fragment;
};

const domPurifier =
  (purify: DOMPurify): Purify =>
  (html) =>
    // DOMPurify answers null, not a fragment, when the markup parses to no body (a <frameset>).
    purify.sanitize(html, DOMPURIFY_CONFIG) ?? document.implementation.createHTMLDocument('').createDocumentFragment();

/** DOMPurify, once loaded: the download is shared, the choice of sanitiser is each element's. */
let domPurify: Promise<Purify> | undefined;

/** True when this browser has the HTML Sanitizer API (`Document.parseHTML`). */
export const hasNativeSanitizer = (): boolean => typeof nativeParse() === 'function';

// Players and embed links: only bodies with media need them (a lazy chunk). Without it (not
// needed, or its download failed) no embed, video or audio reaches the page.
const NO_MEDIA: { restoreEmbeds: typeof restoreEmbeds; applyMedia: typeof applyMedia } = {
  restoreEmbeds: () => {},
  applyMedia: (root: DocumentFragment) =>
    root.querySelectorAll('iframe, object, embed, video, audio').forEach((el) => el.remove()),
};
const media = lazyModule(() => import('./media.js'), NO_MEDIA);

/**
 * Loads a sanitiser, and the media rules when `html` holds video, audio or embeds; resolves when
 * `sanitizeBody` can run synchronously with them. `auto` is the browser's Sanitizer API when
 * present, else DOMPurify; `native` where the browser lacks the API is DOMPurify; `dompurify` is
 * DOMPurify everywhere (a portal that wants one sanitiser for all).
 */
export async function loadSanitizer(which: SanitizerChoice = 'auto', html = ''): Promise<Purify> {
  if (/<(?:iframe|object|embed|video|audio)/i.test(html)) await media.load();
  if (which !== 'dompurify' && hasNativeSanitizer()) return nativePurify;
  return (domPurify ??= import('dompurify').then(({ default: purify }: { default: DOMPurify }) => domPurifier(purify)));
}

/**
 * Makes a sanitiser's output obey the one allow-list, whichever sanitiser produced it. Works on
 * the tree (never on markup text), so nothing is reparsed: unwrapping moves nodes, it cannot
 * create new markup.
 */
function enforceAllowList(root: DocumentFragment, baseUrl: string | undefined): void {
  // Children before parents (a reversed document-order list), so unwrapping never skips a node.
  const elements = [...root.querySelectorAll('*')].reverse();
  for (const element of elements) {
    const name = element.localName;
    // SVG and MathML (not HTML elements) go whole, like the code-like HTML ones.
    if (!(element instanceof HTMLElement) || DROPPED_WITH_CONTENT.includes(name)) {
      element.remove();
      continue;
    }
    const own = ALLOWED.get(name);
    if (!own) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    for (const attribute of [...element.attributes]) {
      if (!GLOBAL_ATTRIBUTES.includes(attribute.name) && !own.includes(attribute.name))
        element.removeAttribute(attribute.name);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, baseUrl);
      if (safe) element.setAttribute('srcset', safe);
      else element.removeAttribute('srcset');
    }
  }
}

/** True when the link leaves the origin of `pageUrl` (it then opens in a new tab). */
export function isExternal(href: string, pageUrl: string = location.href): boolean {
  try {
    const url = new URL(href, pageUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

const isBlank = (element: Element) =>
  !(element.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, '') &&
  !element.querySelector('img, table, hr, iframe, video, audio');

/**
 * Sanitises `html` and applies the body clean-up. `baseUrl` is the article's URL: relative links
 * and images in the body were written relative to it. `authorNames` lets a trailing paragraph that
 * merely repeats the author (as CMS bodies do) be lifted out, so the name is not shown twice.
 */
export function sanitizeBody(
  purify: Purify,
  html: string,
  baseUrl: string | undefined,
  authorNames: readonly string[] = [],
  mediaOptions?: MediaOptions,
): SanitizedBody {
  const fragment = purify(html);
  enforceAllowList(fragment, baseUrl);
  (media.get() ?? NO_MEDIA).applyMedia(fragment, baseUrl, mediaOptions);

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
    if (!src && !image.hasAttribute('srcset')) {
      image.remove();
      continue;
    }
    if (src) image.setAttribute('src', src);
    else image.removeAttribute('src');
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
    // An image without alt text is announced by file name; decorative is the honest default.
    if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  }
  // The article's own title is the page's <h1>; body headings sit below it.
  for (const heading of fragment.querySelectorAll('h1')) {
    const h2 = heading.ownerDocument.createElement('h2');
    h2.append(...heading.childNodes);
    for (const attribute of heading.attributes) h2.setAttribute(attribute.name, attribute.value);
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
  // A <br> right after another (white space between them aside) is an empty line; `br + br` would
  // also match across text ("Dòng 1<br>Dòng 2<br>Dòng 3") and glue lines together.
  for (const br of fragment.querySelectorAll('br')) {
    let before = br.previousSibling;
    while (before?.nodeType === 3 && !before.textContent!.trim()) before = before.previousSibling;
    if (before?.nodeName === 'BR') br.remove();
  }

  let signature: string | undefined;
  const last = lastBlock(fragment);
  const lastText = last?.textContent?.replace(/\s+/g, ' ').trim();
  if (
    last &&
    lastText &&
    authorNames.some((name) => name.localeCompare(lastText, 'vi', { sensitivity: 'base' }) === 0)
  ) {
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
