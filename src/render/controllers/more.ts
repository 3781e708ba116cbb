/**
 * "Xem thêm": shows the next page of already-loaded items, then follows the feed's `next_url`
 * when they run out. Shared by `<tin-list>` and `<tin-feed>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, Feed } from '../../feed/model.js';
import { FeedError, isFeedError } from '../../feed/model.js';
import { type Pages, refreshedPages } from '../../feed/pages.js';
import { isAbortError } from '../../feed/loader.js';
import { proxyOf } from './feed-source.js';

export class MoreController implements ReactiveController {
  /** How many items the visitor asked to see beyond the first page. */
  extra = 0;
  loading = false;
  error: FeedError | undefined;
  private pages: Pages | undefined;
  private pagesOf: Feed | undefined;
  private pagesSrc: string | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost & { src?: unknown; proxy?: unknown }) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loading = false;
  }

  /** All items known for `feed`, including pages loaded through `next_url`. */
  items(feed: Feed): readonly Article[] {
    if (this.pagesOf !== feed) {
      // A new feed (first load or a refresh with changes): its items, and what later pages added.
      const url = typeof this.host.src === 'string' ? this.host.src : undefined;
      this.pages =
        this.pagesOf && this.pagesSrc === url
          ? refreshedPages(this.pages, feed, url)
          : refreshedPages(undefined, feed, url);
      this.pagesOf = feed;
      this.pagesSrc = url;
    }
    return this.pages!.items;
  }

  /** Whether "Xem thêm" has anything to show after `visible` of `available` items. */
  hasMore(visible: number, available: number): boolean {
    return visible < available || !!this.pages?.nextUrl;
  }

  async more(pageSize: number, visible: number, available: number): Promise<void> {
    if (visible < available || !this.pages?.nextUrl) {
      this.extra += pageSize;
      this.host.requestUpdate();
      return;
    }
    if (this.loading) return;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    const abort = (this.abort = new AbortController());
    try {
      const { loadNextPage } = await import('../../feed/next-page.js');
      this.pages = await loadNextPage(this.pages, { signal: abort.signal, proxy: proxyOf(this.host) });
      this.extra += pageSize;
    } catch (error) {
      if (isAbortError(error)) return;
      this.error = isFeedError(error) ? error : new FeedError('network', String(error));
    } finally {
      if (this.abort === abort) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  reset(): void {
    this.extra = 0;
  }
}
