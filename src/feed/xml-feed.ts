/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 → model, with the same tolerance as the JSON Feed parser:
 * a field that cannot be read is dropped, an item that cannot be shown is skipped with one
 * warning, and only a document that is not a feed at all is an error.
 *
 * Feed markup is only ever parsed by DOMParser (XML, and inert HTML for reading attributes out of
 * descriptions); nothing from the feed is inserted into a live document here. Mending XML that is
 * not well-formed is `xml-repair.ts`'s job.
 *
 * Longer than most files here, on purpose: the readers of three formats' items and channels share
 * every namespace-agnostic helper below, and each field is read next to the others of its item.
 */
import { parseDate } from './dates.js';
import { parseInertHtml } from './inert-html.js';
import { chunkedCollector, collectItems, yieldToPage } from './items.js';
import { detectLegacyEncoding, repairMojibake, reportingRepairs } from './legacy-text.js';
import {
  type Article,
  type ImageSource,
  type Attachment,
  type Author,
  type Feed,
  FeedError,
  type WarnFn,
  consoleWarn,
  markNormalized,
} from './model.js';
import { type DiagnosticFn, type ParseOptions, type SkipReason, parseOptions } from './parse-options.js';
import { markupToText } from './markup-text.js';
import { type LegacyText, languageTag, multilineText, plainText, provideMarkupText } from './text.js';
import { safeUrl } from './urls.js';
import { imageSource } from './image-sources.js';
import { rootElementName, rootElementStart } from './xml-prolog.js';
import { parseXml, repairXml, unclosedCdata } from './xml-repair.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const ATOM_03_NS = 'http://purl.org/atom/ns#';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

// ---------------------------------------------------------------------------------------------
// Recognising the formats

/** Root elements of the XML feed formats (RSS 2.0, Atom, RSS 1.0). */
const XML_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/** Whether `text` is an RSS or Atom document: its root element, past any prolog, is one of theirs. */
export const isXmlFeed = (text: string): boolean => XML_ROOTS.has(rootElementName(text)?.toLowerCase() ?? '');

// ---------------------------------------------------------------------------------------------
// Namespace-agnostic reading

const isMedia = (el: Element) =>
  el.prefix === 'media' || (el.namespaceURI ?? '').startsWith('http://search.yahoo.com/mrss');
const isPodcast = (el: Element) =>
  el.prefix === 'itunes' ||
  el.prefix === 'googleplay' ||
  /itunes\.com|google\.com\/schemas\/play/.test(el.namespaceURI ?? '');
/** Core elements: everything but the media/podcast extensions, whose names collide (title, content, category…). */
const isCore = (el: Element) => !isMedia(el) && !isPodcast(el);

/** Direct children with the given local name, in any namespace (CMS feeds mix prefixes). */
function children(el: Element, name: string, accept: (el: Element) => boolean = isCore): Element[] {
  return Array.from(el.children).filter((c) => c.localName === name && accept(c));
}
const child = (el: Element, name: string, accept?: (el: Element) => boolean): Element | undefined =>
  children(el, name, accept)[0];

/** Raw text of the first child with a non-blank text among `names`, tried in order. */
function textOf(el: Element, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const c of children(el, name)) {
      const text = c.textContent ?? '';
      if (text.trim()) return text;
    }
  }
  return undefined;
}

const attr = (el: Element | undefined, name: string) => el?.getAttribute(name)?.trim() || undefined;
const xmlLang = (el: Element) => languageTag(el.getAttributeNS(XML_NS, 'lang'));
const language = languageTag;

type Format = 'rss' | 'rdf' | 'atom';

/** An Atom link's relation; a link without `rel` is an alternate. */
const relOf = (link: Element) => (attr(link, 'rel') ?? 'alternate').toLowerCase();
/** Atom-style links (`<link href rel>`), including `atom:link` inside RSS. */
const hrefLinks = (el: Element, rel: string) =>
  children(el, 'link').filter((l) => l.hasAttribute('href') && relOf(l) === rel);

/** An RSS text link (`<link>https://…</link>`), not an `atom:link`. */
function rssLink(el: Element): string | undefined {
  return children(el, 'link')
    .find((l) => !l.hasAttribute('href') && l.textContent?.trim())
    ?.textContent?.trim();
}

/** The alternate link: RSS text link, else Atom link, preferring an HTML page. */
function alternateLink(el: Element): string | undefined {
  const text = rssLink(el);
  if (text) return text;
  const links = hrefLinks(el, 'alternate');
  return attr(links.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ?? links[0], 'href');
}

/** Atom text construct (or RSS text) as raw text; for `type="xhtml"` the inner div's text. */
function atomTextKind(el: Element): 'text' | 'html' | 'xhtml' {
  const type = (attr(el, 'type') ?? attr(el, 'mode') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html' || type === 'escaped') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

/** The markup inside an Atom `type="xhtml"` construct (the wrapping div is not content). */
function xhtmlInner(el: Element): string {
  const div = Array.from(el.children).find((c) => c.localName === 'div');
  // Serialised as HTML, from an inert HTML document: the XML serialiser would repeat the XHTML
  // namespace on every top-level element, which HTML has no use for.
  const container = parseInertHtml('').createElement('div');
  for (const node of (div ?? el).childNodes) container.append(container.ownerDocument.importNode(node, true));
  return container.innerHTML.trim();
}

/** FNV-1a, 32-bit, over the UTF-8 bytes: a stable id for items that carry none. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** True when `html` holds something shaped like a tag (`<p>`, `</b>`, `<!-- -->`), not just a "<" in text. */
function hasTags(html: string): boolean {
  // One ">" after the first candidate is enough: a later candidate closes at the same ">" or none.
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    if (/[a-z!/]/i.test(html[at + 1] ?? '')) return html.indexOf('>', at + 2) >= 0;
  }
  return false;
}

const TITLE_WORDS = 12;
const TRAILING_PUNCTUATION = new Set([...' ,.;:–—-']);

/** A title made from the first words of the text, for items that have none. */
function titleFrom(text: string | undefined): string {
  if (!text) return '';
  const words = text.split(' ');
  if (words.length <= TITLE_WORDS) return text;
  const title = words.slice(0, TITLE_WORDS).join(' ');
  let end = title.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(title[end - 1]!)) end--;
  return `${title.slice(0, end)}…`;
}

/** The first image in an HTML fragment, read from an inert document; never inserted anywhere. */
function firstImage(html: string | undefined, base: string | undefined): string | undefined {
  if (!html || !/<img\b/i.test(html)) return undefined;
  for (const img of parseInertHtml(html).querySelectorAll('img')) {
    for (const name of ['src', 'data-src', 'data-original']) {
      const url = safeUrl(img.getAttribute(name), base, 'resource');
      if (url) return url;
    }
  }
  return undefined;
}

// A Map, not an object: a file named "x.constructor" must not find Object.prototype's.
const EXTENSION_TYPES = new Map([
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['png', 'image/png'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['avif', 'image/avif'],
  ['bmp', 'image/bmp'],
  ['svg', 'image/svg+xml'],
  ['pdf', 'application/pdf'],
  ['doc', 'application/msword'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xls', 'application/vnd.ms-excel'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['zip', 'application/zip'],
  ['rar', 'application/vnd.rar'],
  ['mp3', 'audio/mpeg'],
  ['mp4', 'video/mp4'],
]);

/** An enclosure's media type: the declared one, else guessed from the file extension. */
function mimeTypeOf(declared: string | undefined, url: string): string {
  if (declared) return declared.toLowerCase();
  const path = new URL(url).pathname.toLowerCase();
  const dot = path.lastIndexOf('.');
  const ext = dot > path.lastIndexOf('/') ? path.slice(dot + 1) : '';
  return EXTENSION_TYPES.get(ext) ?? 'application/octet-stream';
}

/** RSS `<enclosure url type length>` and Atom `<link rel="enclosure" href type length title>`. */
function readEnclosures(
  el: Element,
  base: string | undefined,
  legacy: LegacyText | undefined,
): { image?: string; attachments: Attachment[] } {
  let image: string | undefined;
  const attachments: Attachment[] = [];
  const raw = [
    ...children(el, 'enclosure').map((e) => ({ e, url: attr(e, 'url') ?? attr(e, 'href') })),
    ...hrefLinks(el, 'enclosure').map((e) => ({ e, url: attr(e, 'href') })),
  ];
  for (const { e, url: value } of raw) {
    const url = safeUrl(value, base, 'resource');
    if (!url) continue;
    const mimeType = mimeTypeOf(attr(e, 'type'), url);
    if (mimeType.startsWith('image/')) {
      image ??= url;
      continue;
    }
    const length = attr(e, 'length');
    const size = length && /^\d+$/.test(length) ? Number(length) : undefined;
    attachments.push({
      url,
      mimeType,
      title: plainText(attr(e, 'title'), legacy),
      sizeInBytes: size !== undefined && size > 0 && Number.isSafeInteger(size) ? size : undefined,
      durationInSeconds: undefined,
    });
  }
  return { image, attachments };
}

/**
 * `media:content` (an image one) or `media:thumbnail`, also inside `media:group`; and, for
 * `srcset`, the renditions with a `width` in its `media:group` (Media RSS: "effectively the same
 * content"; an item's loose `media:content`s may be different pictures).
 */
function mediaImage(el: Element, base: string | undefined): { image?: string; imageSources?: ImageSource[] } {
  const scopes = [el, ...children(el, 'group', isMedia)];
  const images = (scope: Element) =>
    children(scope, 'content', isMedia).filter((c) => {
      const medium = attr(c, 'medium')?.toLowerCase();
      const type = attr(c, 'type')?.toLowerCase();
      if (medium) return medium === 'image';
      if (type) return type.startsWith('image/');
      return true;
    });
  const contents = scopes.map(images);
  const thumbnails = scopes.flatMap((s) => children(s, 'thumbnail', isMedia));
  for (const m of [...contents.flat(), ...thumbnails]) {
    const image = safeUrl(attr(m, 'url'), base, 'resource');
    if (!image) continue;
    const renditions = contents.slice(1).find((list) => list.includes(m)) ?? [];
    const imageSources = renditions
      .map((c) => imageSource(attr(c, 'url'), attr(c, 'width'), attr(c, 'type'), base))
      .filter((s): s is ImageSource => s !== undefined);
    return imageSources.length ? { image, imageSources } : { image };
  }
  return {};
}

/** A non-standard but common `<image>` in an item: a URL, or an RSS image block with `<url>`. */
function itemImageElement(el: Element, base: string | undefined): string | undefined {
  const image = child(el, 'image');
  if (!image) return undefined;
  return safeUrl(textOf(image, 'url') ?? (image.children.length ? undefined : image.textContent), base, 'resource');
}

const NOT_IN_EMAIL = /[\s()<>]/;

/** "name@host.tld" and nothing else (one "@", a dot in the host, no spaces or brackets). */
function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  const dot = text.lastIndexOf('.');
  return at > 0 && at === text.lastIndexOf('@') && dot > at + 1 && dot < text.length - 1 && !NOT_IN_EMAIL.test(text);
}

/** The name in "email (Name)" or "Name <email>", the two ways CMSs fill RSS's email-only fields. */
function nameBesideEmail(text: string): string | undefined {
  if (text.endsWith(')')) {
    const open = text.indexOf('(');
    const email = text.slice(0, open).trim();
    if (open > 0 && email.includes('@') && !/\s/.test(email)) return text.slice(open + 1, -1).trim() || undefined;
  }
  if (text.endsWith('>')) {
    const open = text.lastIndexOf('<');
    const email = text.slice(open + 1, -1);
    if (open > 0 && email.includes('@') && !email.includes('>')) return text.slice(0, open).trim() || undefined;
  }
  return undefined;
}

/**
 * An author element: Atom (`<name>`, `<uri>`) or RSS text, where the spec wants an email and
 * CMSs write "email (Name)", "Name <email>" or just a name. A bare email is not a name to show.
 */
function readAuthor(el: Element, base: string | undefined, legacy: LegacyText | undefined): Author | undefined {
  if (child(el, 'name') || child(el, 'uri') || child(el, 'email')) {
    const name = plainText(textOf(el, 'name'), legacy);
    const url = safeUrl(textOf(el, 'uri', 'url')?.trim(), base, 'link');
    return name || url ? { name, url } : undefined;
  }
  let text = (el.textContent ?? '').trim();
  text = nameBesideEmail(text) ?? text;
  if (isEmail(text)) return undefined;
  const name = plainText(text, legacy);
  return name ? { name, url: undefined } : undefined;
}

function readAuthors(
  el: Element,
  names: readonly string[],
  base: string | undefined,
  legacy: LegacyText | undefined,
): Author[] {
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    for (const c of children(el, name)) {
      const author = readAuthor(c, base, legacy);
      const key = `${author?.name ?? ''}\n${author?.url ?? ''}`;
      if (author && !seen.has(key)) {
        seen.add(key);
        authors.push(author);
      }
    }
  }
  return authors;
}

/** Categories: Atom `term`/`label`, RSS text, Dublin Core subjects; deduplicated. */
function readTags(el: Element, legacy: LegacyText | undefined): string[] {
  const tags = [...children(el, 'category'), ...children(el, 'subject')].map((c) =>
    plainText(attr(c, 'label') ?? attr(c, 'term') ?? c.textContent ?? '', legacy),
  );
  return [...new Set(tags.filter((t): t is string => t !== undefined))];
}

/** First readable date among the named children, in order. */
function firstDate(diagnose: DiagnosticFn | undefined, el: Element, ...names: string[]): Date | undefined {
  for (const name of names) {
    for (const c of children(el, name)) {
      const date = parseDate(c.textContent ?? '', diagnose);
      if (date) return date;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Items

interface ItemContent {
  summary?: string;
  summaryHtml?: string;
  contentHtml?: string;
  contentText?: string;
}

/** RSS: description (+ content:encoded); Atom: summary and content by their `type`. */
function readContent(el: Element, format: Format, legacy: LegacyText | undefined): ItemContent {
  const result: ItemContent = {};
  if (format === 'atom') {
    const summary = child(el, 'summary');
    if (summary) {
      const kind = atomTextKind(summary);
      const raw = kind === 'xhtml' ? xhtmlInner(summary) : (summary.textContent ?? '');
      result.summary = plainText(raw, legacy);
      if (kind !== 'text' && raw.trim()) result.summaryHtml = raw;
    }
    const content = child(el, 'content');
    // Content with `src` is out of line (a link, not a body): nothing to show inline.
    if (content && !content.hasAttribute('src')) {
      const kind = atomTextKind(content);
      if (kind === 'text') result.contentText = multilineText(content.textContent ?? '', legacy);
      else {
        const raw = kind === 'xhtml' ? xhtmlInner(content) : (content.textContent ?? '');
        if (raw.trim()) result.contentHtml = raw;
      }
    }
  } else {
    const description = textOf(el, 'description');
    result.summary = plainText(description, legacy);
    if (description?.trim()) result.summaryHtml = description;
  }
  // content:encoded is also found in Atom entries written by RSS-minded generators.
  const encoded = textOf(el, 'encoded');
  if (encoded && !result.contentHtml) result.contentHtml = encoded;
  if (!result.contentHtml && !result.contentText && result.summaryHtml && hasTags(result.summaryHtml)) {
    result.contentHtml = result.summaryHtml;
  }
  return result;
}

function readItem(
  el: Element,
  format: Format,
  base: string | undefined,
  feedAuthors: readonly Author[],
  legacy: LegacyText | undefined,
  feedLanguage: string | undefined,
  diagnose: DiagnosticFn | undefined,
): Article | SkipReason {
  const rawTitle = textOf(el, 'title');
  const content = readContent(el, format, legacy);
  const guid = child(el, 'guid');
  const guidText = guid?.textContent?.trim() || undefined;
  const link = alternateLink(el);
  // An RSS guid is a permalink unless it says otherwise.
  const permalink =
    guidText && attr(guid, 'isPermaLink')?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText)
      ? guidText
      : undefined;
  const url = safeUrl(link, base, 'link') ?? safeUrl(permalink, base, 'link');

  const hashSource = [rawTitle, content.summaryHtml, content.contentHtml ?? content.contentText]
    .map((s) => s?.trim() ?? '')
    .join('\n');
  const id =
    guidText ??
    (format === 'atom' ? textOf(el, 'id')?.trim() : undefined) ??
    link ??
    attr(el, 'rdf:about') ??
    (hashSource.trim() ? `h-${fnv1a(hashSource)}` : undefined);
  if (!id) return 'no guid, link, title or description';

  // The body, authored on the article's own page, resolves against the item URL.
  const bodyBase = url ?? base;
  const enclosures = readEnclosures(el, base, legacy);
  const media = mediaImage(el, base);
  const image =
    enclosures.image ??
    media.image ??
    itemImageElement(el, base) ??
    firstImage(content.summaryHtml, bodyBase) ??
    firstImage(content.contentHtml, bodyBase);

  const published = firstDate(diagnose, el, 'pubDate', 'date', 'published', 'issued', 'created');
  const updated = firstDate(diagnose, el, 'updated', 'modified');
  const authors = readAuthors(el, ['creator', 'author'], base, legacy);
  const title =
    plainText(rawTitle, legacy) ??
    titleFrom(content.summary ?? plainText(content.contentHtml, legacy) ?? content.contentText?.replace(/\s+/g, ' '));

  return {
    id: id.normalize('NFC'),
    url,
    externalUrl: undefined,
    title,
    summary: content.summary,
    contentHtml: content.contentHtml,
    contentText: content.contentText,
    image,
    // Renditions of the media image only: an enclosure's picture is another file.
    imageSources: image === media.image ? media.imageSources : undefined,
    bannerImage: undefined,
    published: published ?? updated,
    modified: published && updated && updated.getTime() !== published.getTime() ? updated : undefined,
    authors: authors.length ? authors : feedAuthors,
    tags: readTags(el, legacy),
    // As xml:lang, an item speaks its feed's language unless it says otherwise.
    language: language(textOf(el, 'language')) ?? xmlLang(el) ?? feedLanguage,
    attachments: enclosures.attachments,
  };
}

// ---------------------------------------------------------------------------------------------
// The feed

function detect(root: Element): { format: Format; channel: Element; items: Element[] } | string {
  const name = root.localName;
  if (name === 'rss') {
    const channel = child(root, 'channel');
    if (!channel) return 'The RSS document has no <channel>';
    // Some generators put the items beside the channel instead of in it.
    return { format: 'rss', channel, items: [...children(channel, 'item'), ...children(root, 'item')] };
  }
  if (name === 'RDF') {
    const channel = child(root, 'channel');
    const items = children(root, 'item');
    if (!channel && !items.length) return 'The RDF document has no RSS channel or items';
    return {
      format: 'rdf',
      channel: channel ?? root,
      items: [...items, ...(channel ? children(channel, 'item') : [])],
    };
  }
  if (name === 'feed' && (root.namespaceURI === ATOM_NS || root.namespaceURI === ATOM_03_NS || !root.namespaceURI)) {
    return { format: 'atom', channel: root, items: children(root, 'entry') };
  }
  return `The XML document is not an RSS or Atom feed (root <${root.localName.slice(0, 40)}>)`;
}

const RSS_09_NS = 'http://my.netscape.com/rdf/simple/0.9/';

/** The version the document declares: RSS's attribute, or what its namespace says (RDF, Atom). */
function declaredVersion(root: Element, { format, channel, items }: Exclude<ReturnType<typeof detect>, string>) {
  if (format === 'rss') return attr(root, 'version');
  const namespace = (format === 'atom' ? root : (items[0] ?? channel)).namespaceURI;
  if (format === 'atom') return namespace === ATOM_03_NS ? '0.3' : '1.0';
  return namespace === RSS_09_NS ? '0.90' : '1.0';
}

/** The feed's logo: RSS `<image><url>` (in the channel, or beside it in RDF), Atom `<logo>`. */
function feedIcon(root: Element, channel: Element, base: string | undefined): string | undefined {
  for (const scope of [channel, root]) {
    for (const image of children(scope, 'image')) {
      const url = safeUrl(textOf(image, 'url') ?? attr(image, 'rdf:resource'), base, 'resource');
      if (url) return url;
    }
  }
  return safeUrl(textOf(channel, 'logo')?.trim(), base, 'resource');
}

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 text into a Feed. `sourceUrl` is where it was
 * fetched from; relative URLs resolve against it. Throws `FeedError('parse')` when the text is
 * not XML even after the usual CMS mistakes are mended, `FeedError('schema')` when it is XML
 * but not a feed. A function in place of `options` is `warn`.
 */
export function parseXmlFeed(text: string, sourceUrl?: string, options?: ParseOptions | WarnFn): Feed {
  const { warn, legacy, diagnose } = xmlOptions(options);
  const doc = parseOrRepair(text.replace(/^\uFEFF/, '').trim(), sourceUrl, warn, diagnose);
  const found = detect(doc.documentElement);
  if (typeof found === 'string') throw new FeedError('schema', found, sourceUrl);
  const channel = readChannel(doc.documentElement, found, sourceUrl, legacy, diagnose);
  return channel.feed(
    collectItems(
      found.items,
      (el) => readItem(el, found.format, channel.base, channel.authors, legacy, channel.feedLanguage, diagnose),
      warn,
      legacy,
      undefined,
      diagnose,
    ),
  );
}

// Entities and CDATA can hide legacy text from parseFeedText's check: XML handles it by default.
function xmlOptions(options: ParseOptions | WarnFn | undefined): {
  warn: WarnFn;
  legacy: LegacyText;
  diagnose: DiagnosticFn | undefined;
} {
  // Synchronous: the markup scanner its descriptions need comes with this chunk.
  provideMarkupText({ markupToText });
  const {
    warn = consoleWarn,
    legacyText = { repairMojibake, detectLegacyEncoding },
    onDiagnostic: diagnose,
  } = parseOptions(options);
  return { warn, legacy: diagnose ? reportingRepairs(legacyText, diagnose) : legacyText, diagnose };
}

/** The document of `source`, mended first if it is not well-formed (with one warning, or `quiet`). */
function parseOrRepair(
  source: string,
  sourceUrl: string | undefined,
  warn: WarnFn | undefined,
  diagnose: DiagnosticFn | undefined,
): Document {
  // Before the first parse, not after it fails: a parser meets an unclosed CDATA section only at
  // the end of the text, so the scan (indexOf over the tags) costs less than the parse it spares.
  const cdata = unclosedCdata(source);
  if (cdata >= 0) {
    let line = 1;
    for (let at = source.indexOf('\n'); at >= 0 && at < cdata; at = source.indexOf('\n', at + 1)) line++;
    throw new FeedError(
      'parse',
      `The feed is not well-formed XML: the CDATA section opened on line ${line} never closes`,
      sourceUrl,
    );
  }
  const doc = parseXml(source, sourceUrl);
  if (typeof doc !== 'string') return doc;
  const repaired = repairXml(source);
  const again = repaired === source ? doc : parseXml(repaired, sourceUrl);
  if (typeof again === 'string') throw new FeedError('parse', `The feed is not well-formed XML: ${doc}`, sourceUrl);
  diagnose?.({ kind: 'repaired-xml', error: doc });
  warn?.(`The feed is not well-formed XML (${doc}); read it after mending entities, "&" and namespaces.`);
  return again;
}

/** The channel's fields, and what every item is read with (its base URL, the feed's authors). */
function readChannel(
  root: Element,
  found: Exclude<ReturnType<typeof detect>, string>,
  sourceUrl: string | undefined,
  legacy: LegacyText,
  diagnose: DiagnosticFn | undefined,
) {
  const { format, channel } = found;
  diagnose?.({ kind: 'format', format, version: declaredVersion(root, found) });
  const selfLink =
    attr(hrefLinks(channel, 'self')[0], 'href') ?? (format === 'rdf' ? attr(channel, 'rdf:about') : undefined);
  const feedUrl = safeUrl(selfLink, sourceUrl, 'resource') ?? safeUrl(sourceUrl, undefined, 'resource');
  const base = sourceUrl ?? feedUrl;
  const authors = readAuthors(channel, ['author', 'managingEditor', 'creator'], base, legacy);
  // Items without a language of their own take the feed's.
  const feedLanguage = language(textOf(channel, 'language')) ?? xmlLang(channel) ?? xmlLang(root);
  const feed = (items: Article[]): Feed =>
    markNormalized({
      title: plainText(textOf(channel, 'title'), legacy) ?? '',
      description: plainText(textOf(channel, 'description', 'subtitle', 'tagline'), legacy),
      homePageUrl: safeUrl(alternateLink(channel), base, 'link'),
      feedUrl,
      nextUrl: safeUrl(attr(hrefLinks(channel, 'next')[0], 'href'), base, 'resource'),
      language: feedLanguage,
      icon: feedIcon(root, channel, base),
      favicon: format === 'atom' ? safeUrl(textOf(channel, 'icon')?.trim(), base, 'resource') : undefined,
      authors,
      items,
    });
  return { base, authors, feedLanguage, feed };
}

// ---------------------------------------------------------------------------------------------
// Large feeds: parsed in slices, so 10,000 items are not one long task

/** About this many characters of items are parsed per task (a few milliseconds). */
const SLICE_CHARS = 32 * 1024;

/**
 * Where each item element (`<item>`, or `<entry>` in Atom) starts and ends: a linear scan with
 * `indexOf` that steps over comments and CDATA sections. Undefined for anything it does not
 * expect (an item that does not close, a prefixed item name): the caller parses the whole text.
 */
export function itemRanges(text: string, name: string): [start: number, end: number][] | undefined {
  const ranges: [number, number][] = [];
  const open = `<${name}`;
  const close = `</${name}`;
  let start = -1;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
    if (text.startsWith('<![CDATA[', at) || text.startsWith('<!--', at)) {
      const end = text.indexOf(text[at + 2] === '[' ? ']]>' : '-->', at);
      if (end < 0) return undefined;
      at = end + 3;
    } else if (start < 0 && text.startsWith(open, at) && /[\s/>]/.test(text[at + open.length] ?? '')) {
      const end = text.indexOf('>', at);
      if (end < 0) return undefined;
      if (text[end - 1] === '/') ranges.push([at, end + 1]);
      else start = at;
      at = end + 1;
    } else if (start >= 0 && text.startsWith(close, at) && /[\s>]/.test(text[at + close.length] ?? '')) {
      const end = text.indexOf('>', at);
      if (end < 0) return undefined;
      ranges.push([start, end + 1]);
      start = -1;
      at = end + 1;
    } else {
      at++;
    }
  }
  return start < 0 ? ranges : undefined;
}

/**
 * `parseXmlFeed` for large text, yielding to the page between slices: the document without its
 * items is parsed once, then the items a slice at a time inside a copy of the root element's
 * start tag (its namespace declarations), each slice mended on its own if it needs it, which
 * also keeps the declarations a repair adds to those the slice uses.
 */
export async function parseXmlFeedInSlices(
  text: string,
  sourceUrl?: string,
  options?: ParseOptions | WarnFn,
): Promise<Feed> {
  const source = text.replace(/^\uFEFF/, '').trim();
  const rootStart = rootElementStart(source);
  const rootName = rootElementName(source);
  const itemName = rootName?.toLowerCase() === 'feed' ? 'entry' : 'item';
  const ranges = rootStart >= 0 && rootName ? itemRanges(source, itemName) : undefined;
  const rootTagEnd = source.indexOf('>', rootStart);
  if (!ranges?.length || rootTagEnd < 0 || ranges[0]![0] < rootTagEnd) return parseXmlFeed(text, sourceUrl, options);

  const { warn, legacy, diagnose } = xmlOptions(options);
  let repaired = false;
  const note: WarnFn = () => void (repaired = true);
  // The document without its items: the channel, in the place the items left.
  let skeleton = source.slice(0, ranges[0]![0]);
  for (let i = 0; i < ranges.length; i++) skeleton += source.slice(ranges[i]![1], ranges[i + 1]?.[0] ?? source.length);
  const doc = parseOrRepair(skeleton, sourceUrl, note, diagnose);
  const found = detect(doc.documentElement);
  if (typeof found === 'string') throw new FeedError('schema', found, sourceUrl);
  const channel = readChannel(doc.documentElement, found, sourceUrl, legacy, diagnose);

  const rootTag = source.slice(rootStart, rootTagEnd + 1).replace(/\/>$/, '>');
  // Each slice's items are read before the next is parsed: its document is garbage by then.
  const collector = chunkedCollector<Element>(
    (el) => readItem(el, found.format, channel.base, channel.authors, legacy, channel.feedLanguage, diagnose),
    warn,
    legacy,
    undefined,
    diagnose,
  );
  for (let from = 0; from < ranges.length;) {
    await yieldToPage();
    let to = from;
    let chars = 0;
    while (to < ranges.length && (to === from || chars < SLICE_CHARS)) chars += ranges[to]![1] - ranges[to++]![0];
    const slice = `${rootTag}${source.slice(ranges[from]![0], ranges[to - 1]![1])}</${rootName}>`;
    const root = parseOrRepair(slice, sourceUrl, note, diagnose).documentElement;
    await collector.add(Array.from(root.children).filter((el) => el.localName === itemName));
    from = to;
  }
  if (repaired) warn('The feed is not well-formed XML; read it after mending entities, "&" and namespaces.');
  return channel.feed(await collector.finish());
}
