/**
 * One list out of several feeds (`src` with several URLs): newest first, each article once, each
 * carrying the feed it came from. A chunk of its own: pages with one feed per element never
 * download it. Loading the feeds of such a `src` is here too (`Merger`), for the same reason.
 *
 * The same article in two feeds (an agency's news reposted by the province) is the same `url`, or
 * the same title (folded as search folds words: case, tone placement, punctuation apart) published
 * the same calendar day in Vietnam. The copy from the feed listed first in `src` is kept.
 */
import { foldedWords } from '../internal/fold.js';
import { cachedFeed, isAbortError, loadFeed, type LoadOptions, peekFeed } from './loader.js';
import { type Article, type Feed, FeedError, consoleWarn, isFeedError, markNormalized } from './model.js';

export interface FeedPart {
  /** The feed's absolute URL (the loader's key). */
  readonly url: string;
  readonly feed: Feed;
}

const DAY = 86_400_000;
// Vietnam keeps UTC+7 all year (no daylight saving since 1975).
const VIETNAM_OFFSET = 7 * 3_600_000;

/**
 * A short code of a feed URL (FNV-1a, six base-36 digits) that qualifies its articles' ids: the
 * same feed gets the same code on every page and in any order of `src`, so deep links last.
 */
export function feedCode(url: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36).padStart(7, '0').slice(-6);
}

const titleKey = (article: Article): string | undefined => {
  const words = article.title && foldedWords(article.title);
  return words && article.published
    ? `${Math.floor((article.published.getTime() + VIETNAM_OFFSET) / DAY)}${words}`
    : undefined;
};

const newestFirst = (a: Article, b: Article) =>
  (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity);

/** The articles of `parts` (in `src` order) as one feed. */
export function mergeFeeds(parts: readonly FeedPart[]): Feed {
  const urls = new Set<string>();
  const titles = new Set<string>();
  const ids = new Set<string>();
  const items: Article[] = [];
  for (const [position, { url, feed }] of parts.entries()) {
    const code = feedCode(url);
    for (const article of feed.items) {
      const title = titleKey(article);
      if ((article.url && urls.has(article.url)) || (title && titles.has(title))) continue;
      const id = `${code}-${article.id}`;
      // A feed that repeats an id (hand-made feeds do) keeps its first item, as deep links would.
      if (ids.has(id)) continue;
      ids.add(id);
      if (article.url) urls.add(article.url);
      if (title) titles.add(title);
      items.push(
        markNormalized({
          ...article,
          id,
          // Each item says its language: the merged list has none of its own.
          language: article.language ?? feed.language,
          source: { title: feed.title, url, id: article.id, position },
        }),
      );
    }
  }
  // Stable: articles of the same instant keep the order of `src`.
  items.sort(newestFirst);
  const languages = new Set(parts.map((part) => part.feed.language));
  return markNormalized<Feed>({
    title: parts
      .map((part) => part.feed.title)
      .filter(Boolean)
      .join(' · '),
    // Shared by every feed, or none: the elements then take each item's language.
    language: languages.size === 1 ? parts[0]?.feed.language : undefined,
    authors: [],
    items,
  });
}

const FEED_SCHEMES = new Set(['http:', 'https:']);

/**
 * Each feed URL of a several-URL `src`, absolute, once, in its order. A token that is not an
 * http(s) URL is refused with a console warning; the others still load.
 */
export function feedUrls(src: string): string[] {
  const urls = new Set<string>();
  for (const token of src.split(/\s+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(token, document.baseURI);
    } catch {
      // refused below
    }
    if (url && FEED_SCHEMES.has(url.protocol)) urls.add(url.href);
    else consoleWarn(`Ignored "${token.slice(0, 100)}" in src: each feed must be an http(s) URL.`);
  }
  return [...urls];
}

/** What one load of every feed of `src` gave, when one at least can be shown. */
export interface Loaded {
  readonly feed: Feed;
  /** The feeds that failed (each is reported: console, `tin-error`). */
  readonly failures?: readonly FeedError[];
  /** The first of those shown from its last good copy (the stale note). */
  readonly refreshError?: FeedError | undefined;
  /** Those not shown at all (the missing note). */
  readonly missing?: readonly FeedError[] | undefined;
}

/**
 * The feeds of one several-URL `src`, each through the loader (fetched once per page however many
 * elements name it, cached and revalidated on its own), and their merge, given again as the very
 * same feed while none of them changed (nothing re-renders, no second `tin-load`).
 */
export class Merger {
  readonly urls: readonly string[];
  private last: { readonly parts: readonly FeedPart[]; readonly feed: Feed } | undefined;

  constructor(readonly src: string) {
    this.urls = feedUrls(src);
  }

  /** The copies held in memory, merged: what to show at once while the feeds revalidate. */
  copy(): Feed | undefined {
    return this.whole(this.urls.map((url) => ({ url, feed: peekFeed(url) })));
  }

  /** The copies sessionStorage keeps from earlier pages of the visit, merged. */
  async restore(): Promise<Feed | undefined> {
    return this.whole(await Promise.all(this.urls.map(async (url) => ({ url, feed: await cachedFeed(url) }))));
  }

  /**
   * A copy only of every feed: one feed's items shown while the others load would have theirs
   * pushed in between them a moment later (one that has just loaded is in memory too).
   */
  private whole(copies: readonly { url: string; feed: Feed | undefined }[]): Feed | undefined {
    return copies.every((part) => part.feed) ? this.merged(copies) : undefined;
  }

  /**
   * Loads every feed. One that fails is shown from its last good copy if the loader holds one,
   * else left out. Rejects as one feed does (a `FeedError`, the first) only when none can be
   * shown, or with an abort.
   */
  async load(options: LoadOptions): Promise<Loaded> {
    const results = await Promise.allSettled(this.urls.map((url) => loadFeed(url, options)));
    const parts: { url: string; feed: Feed | undefined }[] = [];
    const failures: FeedError[] = [];
    const missing: FeedError[] = [];
    let refreshError: FeedError | undefined;
    for (const [i, result] of results.entries()) {
      const url = this.urls[i]!;
      if (result.status === 'fulfilled') {
        parts.push({ url, feed: result.value });
        continue;
      }
      if (isAbortError(result.reason)) throw result.reason;
      const failure = isFeedError(result.reason) ? result.reason : new FeedError('network', String(result.reason), url);
      failures.push(failure);
      const copy = peekFeed(url);
      parts.push({ url, feed: copy });
      if (copy) refreshError ??= failure;
      else missing.push(failure);
    }
    const feed = this.merged(parts);
    if (!feed) throw failures[0] ?? new FeedError('network', 'No http(s) feed URL in src', this.src);
    return { feed, failures, refreshError, missing: missing.length ? missing : undefined };
  }

  private merged(copies: readonly { url: string; feed: Feed | undefined }[]): Feed | undefined {
    const parts = copies.filter((part): part is FeedPart => !!part.feed);
    if (!parts.length) return undefined;
    const { last } = this;
    if (
      last?.parts.length === parts.length &&
      last.parts.every((part, i) => part.url === parts[i]!.url && part.feed === parts[i]!.feed)
    )
      return last.feed;
    const feed = mergeFeeds(parts);
    this.last = { parts, feed };
    return feed;
  }
}
