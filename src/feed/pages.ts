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
