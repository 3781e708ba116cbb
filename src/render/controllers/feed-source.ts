/**
 * The one loading → loaded | error lifecycle every element shares. The host exposes `src`
 * (and optionally `timeout` / `refreshInterval`); the controller loads on change, aborts on
 * disconnect or when `src` changes mid-load, ignores late replies for an old `src`, re-polls,
 * keeps shown content when a refresh fails, and fires `tin-load` / `tin-error` from the host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TinErrorEvent, TinLoadEvent } from '../../events.js';
import { cachedFeed, feedKey, isAbortError, loadFeed, peekFeed } from '../../feed/loader.js';
import { type Feed, FeedError, isFeedError } from '../../feed/model.js';

export type FeedState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly feed: Feed; readonly refreshError?: FeedError }
  | { readonly status: 'error'; readonly error: FeedError };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  /** Per-request timeout in seconds. */
  timeout?: number | undefined;
  /** Re-poll period in seconds; 0 or absent = off. */
  refreshInterval?: number | undefined;
}

const toFeedError = (error: unknown, url: string): FeedError =>
  isFeedError(error) ? error : new FeedError('network', String((error as Error)?.message ?? error), url);

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'idle' };
  private loadedSrc: string | undefined;
  private loadedInterval: number | undefined;
  private abort: AbortController | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private generation = 0;
  private announced: Feed | undefined;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached (moved in the DOM): resume where a disconnect stopped us.
    if (this.loadedSrc !== undefined) this.start(false);
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    const src = (typeof this.host.src === 'string' && this.host.src.trim()) || undefined;
    const interval = this.host.refreshInterval;
    if (src !== this.loadedSrc) {
      this.loadedSrc = src;
      this.loadedInterval = interval;
      this.start(true);
    } else if (interval !== this.loadedInterval) {
      this.loadedInterval = interval;
      this.schedulePolling();
    }
  }

  /** Loads again now (the "Thử lại" button, or a host's own refresh). */
  retry(): void {
    if (this.state.status === 'error') this.state = { status: 'loading' };
    this.host.requestUpdate();
    void this.fetch(0);
  }

  private stop(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    clearInterval(this.poll);
    this.poll = undefined;
  }

  private start(reset: boolean): void {
    this.stop();
    const src = this.loadedSrc;
    if (!src) {
      this.state = { status: 'idle' };
      return;
    }
    const shown = this.state.status === 'loaded' && !reset ? this.state.feed : undefined;
    const cached = shown ?? peekFeed(src);
    this.state = cached ? { status: 'loaded', feed: cached } : { status: 'loading' };
    void this.fetch();
    if (!cached) void this.restore(src, this.generation);
    this.schedulePolling();
  }

  private schedulePolling(): void {
    clearInterval(this.poll);
    this.poll = undefined;
    const seconds = this.loadedInterval ?? 0;
    if (this.loadedSrc && seconds > 0 && this.host.isConnected) {
      this.poll = setInterval(() => void this.fetch(0), Math.max(seconds, 5) * 1000);
    }
  }

  /** A copy from sessionStorage paints at once while the network answers. */
  private async restore(src: string, generation: number): Promise<void> {
    // The first sessionStorage access of a page is a synchronous round trip to the browser
    // process: in a task of its own, not in the one that renders the element.
    await new Promise((resolve) => setTimeout(resolve));
    if (generation !== this.generation) return;
    const stored = await cachedFeed(src);
    if (stored && generation === this.generation && this.state.status === 'loading') {
      this.state = { status: 'loaded', feed: stored };
      this.host.requestUpdate();
    }
  }

  private async fetch(maxAge?: number): Promise<void> {
    const src = this.loadedSrc;
    if (!src || !this.host.isConnected) return; // detached: hostConnected() loads on re-attach
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const generation = this.generation;
    const timeout = (this.host.timeout ?? 0) > 0 ? this.host.timeout! * 1000 : undefined;
    let url = src;
    try {
      url = feedKey(src);
      const feed = await loadFeed(src, { signal: abort.signal, timeout, maxAge });
      if (generation !== this.generation || abort.signal.aborted) return;
      this.state = { status: 'loaded', feed };
      this.host.requestUpdate();
      if (this.announced !== feed) {
        this.announced = feed;
        this.host.dispatchEvent(new TinLoadEvent({ feed, url }));
      }
    } catch (error) {
      if (isAbortError(error) || generation !== this.generation || abort.signal.aborted) return;
      const failure = toFeedError(error, url);
      const previous = this.state;
      this.state =
        previous.status === 'loaded' ? { ...previous, refreshError: failure } : { status: 'error', error: failure };
      this.host.requestUpdate();
      this.host.dispatchEvent(
        new TinErrorEvent({
          kind: failure.kind,
          status: failure.status,
          url: failure.url ?? url,
          message: failure.message,
          stale: previous.status === 'loaded',
        }),
      );
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }
}
