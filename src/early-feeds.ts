/**
 * The feeds a page's elements will ask for, requested by the CDN entry (a few hundred bytes) as it
 * starts, instead of once the core chunk has downloaded, been compiled and the element upgraded:
 * on a phone that is the core's whole download earlier, the way a browser's preload scanner
 * starts an `<img>` before the scripts above it have run.
 *
 * The loader (`feed/loader.ts`, in the core chunk) takes a request from here instead of making its
 * own, once, through one page-wide map under a registered symbol (so a second copy of the library
 * can take it too). Nothing is requested early that the element would ask for differently: a feed
 * through a proxy, `loading="lazy"`, several feeds, an element that is already defined (its own
 * code is at work). A request nobody takes within `UNCLAIMED_AFTER` is aborted.
 */

/** A request started here, for the loader to take. */
export interface EarlyFeed {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

/** Where the requests wait, by the feed's absolute URL (the loader's cache key). */
export type EarlyFeeds = Map<string, EarlyFeed>;

// The loader reads the same key: it cannot import this module, which ships in the entry file.
export const EARLY_FEEDS = Symbol.for('tin-widgets.early-feeds');

// The loader's own request headers (`FEED_ACCEPT` in feed/loader.ts; a test holds them equal).
export const EARLY_ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.8';

const UNCLAIMED_AFTER = 30_000;

const TAGS = 'tin-card[src],tin-list[src],tin-feed[src],tin-article[src]';

/** Requests the feed of every element in `document` that will load one, once per URL. */
export function requestFeedsEarly(document: Document): void {
  // A page-wide proxy: the loader checks its template in a chunk of its own; leave it to it.
  if (document.querySelector('meta[name="tin-widgets:proxy"]')) return;
  const global = globalThis as { [EARLY_FEEDS]?: EarlyFeeds };
  const waiting = (global[EARLY_FEEDS] ??= new Map());
  for (const element of document.querySelectorAll(TAGS)) {
    const src = element.getAttribute('src')!.trim();
    if (
      customElements.get(element.localName) ||
      element.hasAttribute('proxy') ||
      element.getAttribute('loading')?.trim().toLowerCase() === 'lazy' ||
      !src ||
      /\s/.test(src)
    )
      continue;
    let key: string;
    try {
      key = new URL(src, document.baseURI).href;
    } catch {
      continue; // the element's own load says what is wrong with it
    }
    if (!/^https?:/.test(key) || waiting.has(key)) continue;
    const controller = new AbortController();
    const response = fetch(key, {
      headers: { Accept: EARLY_ACCEPT },
      signal: controller.signal,
      credentials: 'same-origin',
    });
    // Its failure is the loader's to report, once it takes it.
    response.catch(() => {});
    const early = { response, controller };
    waiting.set(key, early);
    setTimeout(() => {
      if (waiting.get(key) !== early) return;
      waiting.delete(key);
      controller.abort();
    }, UNCLAIMED_AFTER);
  }
}
