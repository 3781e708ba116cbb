/**
 * JSON Feed 1.0 / 1.1 → model, as tolerant as a good feed reader: a field of the wrong type is
 * dropped, an item that cannot be shown is skipped with one warning, and only a document that is
 * not a feed at all is an error.
 */
import { parseDate } from './dates.js';
import { type Decode, type Read, collectItems, collectItemsInChunks } from './items.js';
import {
  type Article,
  type Attachment,
  type Author,
  type Feed,
  FeedError,
  type ImageSource,
  type WarnFn,
  consoleWarn,
  markNormalized,
} from './model.js';
import { type DiagnosticFn, type ParseOptions, type SkipReason, parseOptions } from './parse-options.js';
import { type LegacyText, MARKUP, languageTag, multilineText, plainText } from './text.js';
import { safeUrl } from './urls.js';
import { imageSource } from './image-sources.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

function readAuthor(value: unknown, base: string | undefined, legacy: LegacyText | undefined): Author | undefined {
  // Hand-made feeds often give a bare name where the spec wants an object.
  if (typeof value === 'string') {
    const name = plainText(value, legacy);
    return name ? { name } : undefined;
  }
  if (!isObject(value)) return undefined;
  const author: Author = {
    name: plainText(value['name'], legacy),
    url: safeUrl(value['url'], base, 'link'),
    avatar: safeUrl(value['avatar'], base, 'resource'),
  };
  return author.name || author.url ? author : undefined;
}

/** JSON Feed 1.1 `authors`, falling back to 1.0's deprecated `author`. */
function readAuthors(container: Json, base: string | undefined, legacy: LegacyText | undefined): Author[] {
  const list = Array.isArray(container['authors'])
    ? container['authors']
    : container['authors'] !== undefined
      ? [container['authors']]
      : container['author'] !== undefined
        ? [container['author']]
        : [];
  return list.map((a) => readAuthor(a, base, legacy)).filter((a): a is Author => a !== undefined);
}

function readAttachment(
  value: unknown,
  base: string | undefined,
  legacy: LegacyText | undefined,
): Attachment | undefined {
  if (!isObject(value)) return undefined;
  const url = safeUrl(value['url'], base, 'resource');
  if (!url) return undefined;
  const size = value['size_in_bytes'];
  const duration = value['duration_in_seconds'];
  return {
    url,
    mimeType:
      typeof value['mime_type'] === 'string' ? value['mime_type'].trim().toLowerCase() : 'application/octet-stream',
    title: plainText(value['title'], legacy),
    sizeInBytes: typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : undefined,
    durationInSeconds:
      typeof duration === 'number' && Number.isFinite(duration) && duration >= 0 ? duration : undefined,
  };
}

/**
 * `"_tin": { "image_sources": [{ "url", "width", "mime_type" }] }`: the image's other widths and
 * formats, in a custom object as the JSON Feed spec allows (readers that do not know it ignore it).
 */
function readImageSources(value: unknown, base: string | undefined): ImageSource[] | undefined {
  if (!isObject(value)) return undefined;
  const sources = asArray(value['image_sources'])
    .map((s) => (isObject(s) ? imageSource(s['url'], s['width'], s['mime_type'], base) : undefined))
    .filter((s): s is ImageSource => s !== undefined);
  return sources.length ? sources : undefined;
}

function readId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim()) return value.trim().normalize('NFC');
  return undefined;
}

function readItem(
  value: unknown,
  base: string | undefined,
  feedAuthors: readonly Author[],
  legacy: LegacyText | undefined,
  feedLanguage: string | undefined,
  diagnose: DiagnosticFn | undefined,
): Article | SkipReason {
  if (!isObject(value)) return 'not an object';
  const id = readId(value['id']);
  if (id === undefined) return 'no usable id';
  // Item fields are written by the feed generator, so they resolve against the feed's URL;
  // only the body, authored on the article's own page, resolves against the item URL (sanitiser).
  const url = safeUrl(value['url'], base, 'link');
  const authors = readAuthors(value, base, legacy);
  return {
    id,
    url,
    externalUrl: safeUrl(value['external_url'], base, 'link'),
    title: plainText(value['title'], legacy) ?? '',
    summary: plainText(value['summary'], legacy),
    contentHtml:
      typeof value['content_html'] === 'string' && value['content_html'].trim() ? value['content_html'] : undefined,
    contentText: multilineText(value['content_text'], legacy),
    image: safeUrl(value['image'], base, 'resource'),
    imageSources: readImageSources(value['_tin'], base),
    bannerImage: safeUrl(value['banner_image'], base, 'resource'),
    published: parseDate(value['date_published'], diagnose),
    modified: parseDate(value['date_modified'], diagnose),
    authors: authors.length ? authors : feedAuthors,
    tags: [
      ...new Set(
        asArray(value['tags'])
          .map((t) => plainText(t, legacy))
          .filter((t): t is string => t !== undefined),
      ),
    ],
    // JSON Feed 1.1: an item's language differs from the feed's only when it says so.
    language: languageTag(value['language']) ?? feedLanguage,
    attachments: asArray(value['attachments'])
      .map((a) => readAttachment(a, base, legacy))
      .filter((a): a is Attachment => a !== undefined),
  };
}

type Collect = (
  raw: readonly unknown[],
  read: Read<unknown>,
  warn: WarnFn,
  legacy: LegacyText | undefined,
  decode?: Decode,
  diagnose?: DiagnosticFn,
) => Article[];

function readFeed(
  document: unknown,
  sourceUrl: string | undefined,
  warn: WarnFn,
  legacy: LegacyText | undefined,
  collect: Collect,
  decode?: Decode,
  diagnose?: DiagnosticFn,
): Feed;
function readFeed(
  document: unknown,
  sourceUrl: string | undefined,
  warn: WarnFn,
  legacy: LegacyText | undefined,
  collect: (...args: Parameters<Collect>) => Promise<Article[]>,
  decode?: Decode,
  diagnose?: DiagnosticFn,
): Promise<Feed>;
function readFeed(
  document: unknown,
  sourceUrl: string | undefined,
  warn: WarnFn,
  legacy: LegacyText | undefined,
  collect: (...args: Parameters<Collect>) => Article[] | Promise<Article[]>,
  decode?: Decode,
  diagnose?: DiagnosticFn,
): Feed | Promise<Feed> {
  if (!isObject(document)) {
    throw new FeedError('schema', 'The document is not a JSON object', sourceUrl);
  }
  if (!Array.isArray(document['items'])) {
    throw new FeedError('schema', 'The document has no "items" array', sourceUrl);
  }
  const version = document['version'];
  diagnose?.({ kind: 'format', format: 'json', version: typeof version === 'string' ? version : undefined });
  const feedUrl = safeUrl(document['feed_url'], sourceUrl, 'resource');
  const base = sourceUrl ?? feedUrl;
  const authors = readAuthors(document, base, legacy);
  const language = languageTag(document['language']);
  const finish = (items: Article[]): Feed =>
    markNormalized({
      title: plainText(document['title'], legacy) ?? '',
      description: plainText(document['description'], legacy),
      homePageUrl: safeUrl(document['home_page_url'], base, 'link'),
      feedUrl,
      nextUrl: safeUrl(document['next_url'], base, 'resource'),
      language,
      icon: safeUrl(document['icon'], base, 'resource'),
      favicon: safeUrl(document['favicon'], base, 'resource'),
      authors,
      items,
    });
  const items = collect(
    document['items'],
    (value) => readItem(value, base, authors, legacy, language, diagnose),
    warn,
    legacy,
    decode,
    diagnose,
  );
  return Array.isArray(items) ? finish(items) : items.then(finish);
}

// Keys whose values are never read as plain text: URLs, ids, dates, versions, HTML, and text with
// its own rules (content_text keeps what it holds).
const NOT_PLAIN_TEXT = new Set(
  'content_html content_text url external_url image banner_image icon favicon home_page_url feed_url next_url avatar id date_published date_modified mime_type version language size_in_bytes duration_in_seconds'.split(
    ' ',
  ),
);

/**
 * Whether a field the reader may take as plain text holds a tag or an entity, so the markup
 * scanner must be loaded first. Asks of every string but those under `NOT_PLAIN_TEXT` keys (an
 * unknown key counts), so it can only err towards loading. No recursion: nesting is the feed's.
 */
export function mayHoldMarkup(document: unknown): boolean {
  const pending: [unknown, string][] = [[document, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, key] = next;
    if (typeof value === 'string') {
      if (!NOT_PLAIN_TEXT.has(key) && MARKUP.test(value)) return true;
    } else if (Array.isArray(value)) {
      for (const element of value) pending.push([element, key]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [name, field] of Object.entries(value)) pending.push([field, name]);
    }
  }
  return false;
}

/**
 * Maps a parsed JSON document to a Feed. `sourceUrl` is where the document was fetched from;
 * relative URLs in the feed resolve against it. Throws `FeedError('schema')` only when the
 * document is not a feed. Legacy-encoded text is handled only with `options.legacyText` (the
 * package entry's `parseJsonFeed` passes it); a function in place of `options` is `warn`.
 */
export function parseJsonFeed(document: unknown, sourceUrl?: string, options?: ParseOptions | WarnFn): Feed {
  const { warn = consoleWarn, legacyText, onDiagnostic } = parseOptions(options);
  return readFeed(document, sourceUrl, warn, legacyText, collectItems, undefined, onDiagnostic);
}

/**
 * `parseJsonFeed` that yields to the page between chunks of items (for large feeds); `decode`
 * turns each raw element of `items` into its JSON value first. For `parse.ts` and `large-feed.ts`,
 * which have resolved the options already.
 */
export function parseJsonFeedInChunks(
  document: unknown,
  sourceUrl: string | undefined,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  decode?: Decode,
  diagnose?: DiagnosticFn,
): Promise<Feed> {
  return readFeed(document, sourceUrl, warn, legacyText, collectItemsInChunks, decode, diagnose);
}
