/**
 * Following JSON Feed `next_url` pagination, guarded against the loops and repeats that
 * hand-made feeds produce (a next_url pointing at itself or at an earlier page, ids reused).
 */
import { feedKey } from './loader.js';
import type { Article, Feed } from './model.js';

export interface Pages {
  /** The first page's items, then those of later pages that are new. */
  readonly items: readonly Article[];
  /** The items that came from later pages (through `next_url`). */
  readonly later?: readonly Article[];
  /** Where the next page is, or undefined when there is none (or it would loop). */
  readonly nextUrl?: string | undefined;
  /** Every page URL already loaded. */
  readonly visited: ReadonlySet<string>;
}

export function firstPage(feed: Feed, url: string | undefined): Pages {
  const visited = new Set<string>();
  if (url) visited.add(feedKey(url));
  if (feed.feedUrl) visited.add(feed.feedUrl);
  return { items: feed.items, nextUrl: nextOf(feed.nextUrl, visited), visited };
}

export const nextOf = (url: string | undefined, visited: ReadonlySet<string>) =>
  url && !visited.has(url) ? url : undefined;

/**
 * `pages` after the feed was refreshed to `feed`: its items come first (they are the fresher
 * copies), then the items later pages brought that it does not have, so what "Xem thêm" added
 * stays on screen. Without later pages, simply the refreshed first page.
 */
export function refreshedPages(pages: Pages | undefined, feed: Feed, url: string | undefined): Pages {
  const first = firstPage(feed, url);
  if (!pages?.later?.length) return first;
  const ids = new Set(feed.items.map((item) => item.id));
  const later = pages.later.filter((item) => !ids.has(item.id));
  return {
    items: [...feed.items, ...later],
    later,
    nextUrl: pages.nextUrl,
    visited: new Set([...pages.visited, ...first.visited]),
  };
}
