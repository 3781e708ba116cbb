/**
 * "Xem thêm": shows the next page of already-loaded items, then follows the feed's `next_url`
 * when they run out. Shared by `<tin-list>` and `<tin-feed>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, Feed } from '../../feed/model.js';
import { FeedError, isFeedError } from '../../feed/model.js';
import { firstPage, type Pages } from '../../feed/pages.js';
import { isAbortError } from '../../feed/loader.js';

export class MoreController implements ReactiveController {
  /** How many items the visitor asked to see beyond the first page. */
  extra = 0;
  loading = false;
  error: FeedError | undefined;
  private pages: Pages | undefined;
  private pagesOf: Feed | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost & { src?: unknown }) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loading = false;
  }

  /** All items known for `feed`, including pages loaded through `next_url`. */
  items(feed: Feed): readonly Article[] {
    if (this.pagesOf !== feed) {
      // A new feed (first load or a refresh with changes): start paging over.
      this.pagesOf = feed;
      this.pages = firstPage(feed, typeof this.host.src === 'string' ? this.host.src : undefined);
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
      this.pages = await loadNextPage(this.pages, { signal: abort.signal });
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
