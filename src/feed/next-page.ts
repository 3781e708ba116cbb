/**
 * Fetching the page after the last one loaded: needed only when a visitor has read every item of
 * the feed and asks for more, so it loads on that click rather than with the first card.
 */
import { loadFeed, type LoadOptions } from './loader.js';
import { nextOf, type Pages } from './pages.js';

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
