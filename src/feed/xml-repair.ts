/**
 * Parsing CMS XML that is not quite XML: the parser's own error message (in every engine's
 * wording), and the repair of what makes most CMS feeds not well-formed. Every pattern here runs
 * in linear time on any input (test/feed/linear-time.test.ts).
 */
import { FeedError } from './model.js';
import { parseInertHtml, trustedPolicy } from './inert-html.js';
import { blankTopLevelMisc, rootElementName, rootElementStart } from './xml-prolog.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Namespaces CMSs use without declaring them; declared on the root when repairing a feed. */
const KNOWN_PREFIXES = new Map([
  ['atom', ATOM_NS],
  ['content', 'http://purl.org/rss/1.0/modules/content/'],
  ['dc', 'http://purl.org/dc/elements/1.1/'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['media', 'http://search.yahoo.com/mrss/'],
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['slash', 'http://purl.org/rss/1.0/modules/slash/'],
  ['sy', 'http://purl.org/rss/1.0/modules/syndication/'],
  ['wfw', 'http://wellformedweb.org/CommentAPI/'],
  ['itunes', 'http://www.itunes.com/dtds/podcast-1.0.dtd'],
  ['georss', 'http://www.georss.org/georss'],
]);

// ---------------------------------------------------------------------------------------------
// Parsing and repairing the XML

/** The XML parser's own error message, e.g. "error on line 5 at column 30: Entity 'nbsp' not defined". */
function parseErrorOf(doc: Document): string | undefined {
  const error = doc.getElementsByTagNameNS('*', 'parsererror')[0];
  if (!error) return undefined;
  if (error.namespaceURI === 'http://www.mozilla.org/newlayout/xml/parsererror.xml') {
    // Firefox: "XML Parsing Error: <message>\nLocation: <the page's URL>\nLine Number N, Column M:"
    // (labels in the browser's language), then the source line. Said the way the others say it,
    // without the URL, which is the page's, not the feed's.
    const [first = '', , last = ''] = (error.firstChild?.nodeValue ?? '').split('\n');
    const [, line, column] = /(\d+)\D+(\d+)\D*$/.exec(last) ?? [];
    const message = first.slice(first.indexOf(':') + 1).trim();
    if (message) return (line ? `error on line ${line} at column ${column}: ${message}` : message).slice(0, 200);
  }
  const text = (error.textContent ?? '').replace(/\s+/g, ' ');
  return (/error on line \d+ at column \d+: .*?(?=\s*Below is a rendering|$)/.exec(text)?.[0] ?? text)
    .trim()
    .slice(0, 200);
}

/** The parsed document, or the parser's error message. */
export function parseXml(text: string, sourceUrl: string | undefined): Document | string {
  let doc: Document;
  try {
    doc = parseInertXml(blankTopLevelMisc(text));
  } catch {
    // Trusted Types blocked the parse and the library's policy could not be created (a duplicate).
    throw new FeedError('parse', 'The page’s Trusted Types policy does not allow parsing an XML feed', sourceUrl);
  }
  return parseErrorOf(doc) ?? doc;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const NAMED_ENTITY = /&([A-Za-z][A-Za-z0-9]{1,31});/g;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
// Characters XML 1.0 forbids anywhere (CMS text pasted from Word carries them).
// eslint-disable-next-line no-control-regex -- these control characters are exactly what it removes
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// A prefix where an element or attribute name uses one, and where a declaration names one.
const USED_PREFIX = /<\/?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=\s*["']/g;
const DECLARED_PREFIX = /xmlns:([A-Za-z_][\w.-]*)\s*=/g;

/** The character an HTML named entity stands for, as a numeric reference XML understands. */
function htmlEntity(name: string, cache: Map<string, string>): string {
  let replacement = cache.get(name);
  if (replacement === undefined) {
    const decoded = parseInertHtml(`&${name};`).body.textContent ?? '';
    replacement =
      decoded && decoded !== `&${name};`
        ? [...decoded].map((ch) => `&#x${ch.codePointAt(0)!.toString(16)};`).join('')
        : `&amp;${name};`;
    cache.set(name, replacement);
  }
  return replacement;
}

/**
 * Mends what makes most CMS feeds not well-formed: HTML entities XML does not define, bare `&`
 * in URLs and text, forbidden control characters and namespace prefixes used without a
 * declaration. CDATA sections are left exactly as they are.
 */
export function repairXml(text: string): string {
  const cache = new Map<string, string>();
  // Even parts are markup, odd parts CDATA sections (kept byte for byte).
  const parts = splitCdata(text.replace(INVALID_XML_CHARS, ''));
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i]!.replace(NAMED_ENTITY, (match, name: string) =>
      XML_ENTITIES.has(name) ? match : htmlEntity(name, cache),
    ).replace(BARE_AMPERSAND, '&amp;');
  }
  let repaired = parts.join('');
  const rootStart = rootElementStart(repaired);
  const rootName = rootElementName(repaired);
  if (rootStart >= 0 && rootName) {
    const markup = parts.filter((_, i) => i % 2 === 0).join(' ');
    const declared = new Set(Array.from(markup.matchAll(DECLARED_PREFIX), (m) => m[1]!));
    const used = new Set<string>();
    for (const m of markup.matchAll(USED_PREFIX)) used.add(m[1] ?? m[2]!);
    const declarations = [...used]
      .filter((prefix) => prefix !== 'xml' && prefix !== 'xmlns' && !declared.has(prefix))
      .map((prefix) => ` xmlns:${prefix}="${KNOWN_PREFIXES.get(prefix.toLowerCase()) ?? `urn:x-undeclared:${prefix}`}"`)
      .join('');
    const at = rootStart + 1 + rootName.length;
    repaired = repaired.slice(0, at) + declarations + repaired.slice(at);
  }
  return repaired;
}

/**
 * Where a CDATA section opens that never closes, or -1. Such a text is not XML, and no repair
 * can make it so (a repair keeps CDATA byte for byte): saying so at once spares a large feed the
 * parse, the repair and the second parse, seconds of one task for 40 MB. Comments and processing
 * instructions are stepped over, as the parser does; one that does not close is left to it.
 */
export function unclosedCdata(text: string): number {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
    const [open, close] = text.startsWith('<![CDATA[', at)
      ? ['<![CDATA[', ']]>']
      : text.startsWith('<!--', at)
        ? ['<!--', '-->']
        : text.startsWith('<?', at)
          ? ['<?', '?>']
          : ['<', ''];
    if (!close) {
      at++;
      continue;
    }
    const end = text.indexOf(close, at + open.length);
    if (end < 0) return open === '<![CDATA[' ? at : -1;
    at = end + close.length;
  }
  return -1;
}

/** `text` split around its CDATA sections: markup, CDATA, markup, … (an unclosed one runs to the end). */
function splitCdata(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let start = text.indexOf('<![CDATA['); start >= 0; start = text.indexOf('<![CDATA[', from)) {
    const close = text.indexOf(']]>', start + 9);
    const end = close < 0 ? text.length : close + 3;
    parts.push(text.slice(from, start), text.slice(start, end));
    from = end;
  }
  parts.push(text.slice(from));
  return parts;
}

/** Parses feed XML (RSS, Atom) into an inert XML document; DOMParser needs the policy under Trusted Types. */
function parseInertXml(xml: string): Document {
  return new DOMParser().parseFromString((trustedPolicy()?.createHTML(xml) ?? xml) as string, 'application/xml');
}
