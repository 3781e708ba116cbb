/**
 * The typed, immutable model every element renders. Parsers (JSON Feed, RSS, Atom) produce it;
 * nothing downstream ever sees raw feed JSON or XML.
 *
 * Invariants the parsers guarantee, so elements never re-check them:
 * - every string is NFC, trimmed, and plain text, except `contentHtml` which is raw and
 *   reaches the DOM only through `render/sanitize.ts`;
 * - every URL is absolute and passed the scheme allow-list in `feed/urls.ts`, or is absent;
 * - every date is a valid instant, or is absent.
 */

export interface Author {
  readonly name?: string;
  readonly url?: string;
  readonly avatar?: string;
}

export interface Attachment {
  readonly url: string;
  readonly mimeType: string;
  readonly title?: string;
  readonly sizeInBytes?: number;
  readonly durationInSeconds?: number;
}

/** The feed an article of a merged list came from (`src` with several URLs, `feed/merge.ts`). */
export interface ArticleSource {
  /** The feed's title ("Sở Y tế"); plain text, may be empty. */
  readonly title: string;
  /** The feed's absolute URL, as `src` named it (the loader's cache key). */
  readonly url: string;
  /** The article's id in that feed (its `id` in the merged list is qualified, see `Article.id`). */
  readonly id: string;
  /** Where the feed stands in `src` (0 for the first). */
  readonly position: number;
}

/**
 * Another file of an article's `image`: the same picture at `width` pixels, in `mimeType` when
 * the feed says (a candidate without one is taken to be in the image's own format).
 */
export interface ImageSource {
  readonly url: string;
  readonly width: number;
  readonly mimeType?: string;
}

export interface Article {
  /**
   * Unique within its feed; numeric ids from a feed become strings. In a list merged from several
   * feeds, the feed's id behind a short code of the feed's URL (`k3f9ab-123`), so two feeds'
   * articles "123" never share a deep link; `findArticle` also accepts the feed's own id.
   */
  readonly id: string;
  readonly url?: string;
  readonly externalUrl?: string;
  /** Plain text; may be empty when a feed item has none. */
  readonly title: string;
  /** Plain text. */
  readonly summary?: string;
  /** Raw HTML from the feed: render only through the sanitiser. */
  readonly contentHtml?: string;
  readonly contentText?: string;
  readonly image?: string;
  /** The same picture as `image` at other widths or in other formats, for `srcset` and `<picture>`. */
  readonly imageSources?: readonly ImageSource[];
  readonly bannerImage?: string;
  readonly published?: Date;
  readonly modified?: Date;
  readonly authors: readonly Author[];
  readonly tags: readonly string[];
  /** BCP 47 tag of its text: its own, or its feed's (parsers fill it in; data set by code may not). */
  readonly language?: string;
  readonly attachments: readonly Attachment[];
  /** The feed it came from, in a list merged from several feeds; absent for a single feed's items. */
  readonly source?: ArticleSource;
}

/**
 * The article `id` names in `items`: the one with that id, else (an id as its own feed gives it,
 * in a merged list) the one with it as `source.id` from the feed listed first in `src`.
 */
export function findArticle(items: readonly Article[], id: string | undefined): Article | undefined {
  let found = items.find((item) => item.id === id);
  for (const item of found ? [] : items) {
    const { source } = item;
    if (source && source.id === id && !(found && found.source!.position < source.position)) found = item;
  }
  return found;
}

export interface Feed {
  readonly title: string;
  readonly description?: string;
  readonly homePageUrl?: string;
  readonly feedUrl?: string;
  /** Next page of a paginated feed (JSON Feed `next_url`). */
  readonly nextUrl?: string;
  readonly language?: string;
  readonly icon?: string;
  readonly favicon?: string;
  readonly authors: readonly Author[];
  readonly items: readonly Article[];
}

/**
 * Why a feed could not be shown. Each kind has its own user-facing message. `cors`: the browser
 * would not let the page read the feed (its server sends no `Access-Control-Allow-Origin` for
 * this page, or the page has an opaque origin: `file://`, a sandboxed iframe).
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'cors';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    /** HTTP status, for `kind === 'http'`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export const isFeedError = (value: unknown): value is FeedError => value instanceof FeedError;

/**
 * Whether asking again can mend `error`: a network failure, a timeout, a server error or
 * "too many requests". A 404, a page that is not a feed or a CORS refusal stays what it is, so
 * it is neither retried nor offered "Thử lại".
 */
export const isTransient = (error: FeedError): boolean =>
  error.kind === 'network' ||
  error.kind === 'timeout' ||
  (error.kind === 'http' && ((error.status ?? 0) >= 500 || error.status === 408 || error.status === 429));

// Feeds and articles this copy of the library produced (by parsing, or by checking data set by
// code): already in the model's shape, so an element handed one by another (tin-article gives
// its feed to tin-list) need not check 10,000 items again.
const normalized = new WeakSet<object>();

/** Records `value` as in the model's shape (the parsers and `from-code.ts` only). */
export function markNormalized<T extends Feed | Article>(value: T): T {
  normalized.add(value);
  return value;
}

export const isNormalized = (value: object): boolean => normalized.has(value);

/** Reports an item or field a parser skipped; by default a console warning. */
export type WarnFn = (message: string) => void;

export const consoleWarn = (message: string, ...details: unknown[]): void =>
  console.warn(`[tin-widgets] ${message}`, ...details);
