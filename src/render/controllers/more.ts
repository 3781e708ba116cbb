/**
 * "Xem thêm": shows the next page of already-loaded items, then follows the feed's `next_url`
 * when they run out. Shared by `<tin-list>` and `<tin-feed>`. Afterwards focus moves to the first
 * new item (the button the reader pressed may be gone: the last page) and `added` is what the
 * host's polite live region says (`moreStatus`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article, Feed } from '../../feed/model.js';
import { FeedError, isFeedError } from '../../feed/model.js';
import { type Pages, firstPage } from '../../feed/pages.js';
import { isAbortError } from '../../feed/loader.js';
import { proxyOf } from './feed-source.js';

export class MoreController implements ReactiveController {
  /** How many items the visitor asked to see beyond the first page. */
  extra = 0;
  loading = false;
  error: FeedError | undefined;
  /** How many items the last "Xem thêm" added; `reveals` counts them, so the same number is said again. */
  added: number | undefined;
  reveals = 0;
  private shown = 0;
  private pages: Pages | undefined;
  private pagesOf: Feed | undefined;
  private pagesSrc: string | undefined;
  private abort: AbortController | undefined;
  /** The `next_url` code, loaded on the first click that needs it. */
  private nextPage: typeof import('../../feed/next-page.js') | undefined;

  /** `itemAt(i)`: the host's focusable element for its i-th shown item. */
  constructor(
    private readonly host: ReactiveControllerHost & { src?: unknown; proxy?: unknown },
    readonly itemAt: (index: number) => HTMLElement | null | undefined,
  ) {
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
      // Only pages loaded through next_url (so with its code already here) outlive a refresh.
      const kept = this.pagesOf && this.pagesSrc === url ? this.pages : undefined;
      this.pages =
        kept?.later?.length && this.nextPage ? this.nextPage.refreshedPages(kept, feed, url) : firstPage(feed, url);
      this.pagesOf = feed;
      this.pagesSrc = url;
    }
    return this.pages!.items;
  }

  /** The items the host shows of `chosen`: a page of `pageSize` plus what "Xem thêm" added. */
  visible<T>(chosen: readonly T[], pageSize: number): readonly T[] {
    const visible = chosen.slice(0, pageSize + this.extra);
    this.shown = visible.length;
    return visible;
  }

  /** Whether "Xem thêm" has anything to show after `visible` of `available` items. */
  hasMore(visible: number, available: number): boolean {
    return visible < available || !!this.pages?.nextUrl;
  }

  /** Whether the feed has a page after those loaded (`next_url`). */
  get hasNextPage(): boolean {
    return !!this.pages?.nextUrl;
  }

  async more(pageSize: number, visible: number, available: number): Promise<void> {
    if (visible < available || !this.pages?.nextUrl) {
      this.extra += pageSize;
      this.host.requestUpdate();
      return this.reveal(visible);
    }
    // A failed page keeps focus on the button, under its alert.
    if (await this.loadNext(pageSize)) await this.reveal(visible);
  }

  /**
   * Loads the feed's next page (`next_url`) and shows `grow` more items; false when there was
   * none to load, one is loading already, or it failed (`error`).
   */
  async loadNext(grow = 0): Promise<boolean> {
    if (this.loading || !this.pages?.nextUrl) return false;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    const abort = (this.abort = new AbortController());
    try {
      this.nextPage ??= await import('../../feed/next-page.js');
      this.pages = await this.nextPage.loadNextPage(this.pages, { signal: abort.signal, proxy: proxyOf(this.host) });
      this.extra += grow;
      return true;
    } catch (error) {
      if (!isAbortError(error)) this.error = isFeedError(error) ? error : new FeedError('network', String(error));
      return false;
    } finally {
      if (this.abort === abort) {
        this.loading = false;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * Once the host shows the new items: focus the first of them (the last item when none were new,
   * as the next page repeated them), and have the live region say how many were added.
   */
  private async reveal(before: number): Promise<void> {
    await this.host.updateComplete;
    this.added = this.shown - before;
    this.reveals++;
    this.host.requestUpdate();
    const item = this.itemAt(this.added > 0 ? before : this.shown - 1);
    if (!item) return;
    // A new <tin-card> draws its link in its own first update.
    await (item as { updateComplete?: Promise<unknown> }).updateComplete;
    item.focus();
    // An item without a link (no URL) takes focus itself rather than leaving it on <body>.
    if (!item.matches(':focus')) {
      item.tabIndex = -1;
      item.focus();
    }
  }

  reset(): void {
    this.extra = 0;
    this.added = undefined;
  }
}
