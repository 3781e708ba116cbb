/**
 * Fetching the page after the last one loaded: needed only when a visitor has read every item of
 * the feed and asks for more, so it loads on that click rather than with the first card. Merging
 * such pages into a refreshed feed is here too: only pages this module loaded need it.
 */
import { loadFeed, type LoadOptions } from './loader.js';
import type { Feed } from './model.js';
import { firstPage, nextOf, type Pages } from './pages.js';

/** Loads the page after `pages` and appends its items that are new. */
export async function loadNextPage(pages: Pages, options: LoadOptions = {}): Promise<Pages> {
  if (!pages.nextUrl) return pages;
  const feed = await loadFeed(pages.nextUrl, options);
  const visited = new Set(pages.visited).add(pages.nextUrl);
  const seen = new Set(pages.items.map((item) => item.id));
  const fresh = feed.items.filter((item) => !seen.has(item.id) && (seen.add(item.id), true));
  return {
    items: [...pages.items, ...fresh],
    later: [...(pages.later ?? []), ...fresh],
    nextUrl: fresh.length ? nextOf(feed.nextUrl, visited) : undefined,
    visited,
  };
}

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
