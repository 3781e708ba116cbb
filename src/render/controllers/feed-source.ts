/**
 * Where an element's articles come from, and in what state they are: the one place that decides.
 * The host's inputs, in order of precedence: `articles` (a list set by code), `feed` (a parsed
 * feed set by code), `src` (a feed URL, loaded here). Loading aborts on disconnect or when the
 * source changes, ignores late replies for an old source, re-polls every `refreshInterval`
 * seconds, keeps what is shown when a refresh fails, and fires `tin-load` / `tin-error` from the
 * host. A visitor left waiting is told within `NOTICE_AFTER` whatever the retries; a copy from
 * memory or sessionStorage is shown as `revalidating` until the request answers. Data set by code is checked (feed/from-code.ts, loaded on first use: pages that only use
 * `src` never download it) before it is shown.
 *
 * A `src` of several URLs is loaded and merged by feed/merge.ts (`Merger`, loaded only for such a
 * `src`): each feed through the loader, one that fails left out with a note (`missing`) or shown
 * from its last good copy; only when none can be shown is it an `error`, as for one feed.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { TinErrorEvent, TinLoadEvent } from '../../events.js';
import { cachedFeed, feedKey, isAbortError, loadFeed, peekFeed } from '../../feed/loader.js';
import type { Loaded, Merger } from '../../feed/merge.js';
import { type Article, type Feed, FeedError, consoleWarn, isFeedError, isNormalized } from '../../feed/model.js';
import { lazyModule } from '../../internal/lazy-module.js';

/**
 * What an element shows. `loaded` has at least one article; `empty` is a source without any.
 * Both keep the last good feed when a refresh fails (`refreshError`), and are `revalidating`
 * while they show a copy (from memory or sessionStorage) and the request for the current feed is
 * still out: nothing may be concluded from them then ("not found"). `error` is a first load that
 * failed, with nothing to show; with `retrying`, the visitor waited `NOTICE_AFTER` and attempts
 * go on (content that arrives replaces it).
 */
export type SourceState =
  | {
      readonly status: 'loading';
      /**
       * Loading has lasted `SKELETON_AFTER`: the element draws its skeleton. Before that it only
       * holds its place (blank, the same size), so a fast answer paints the content straight away.
       */
      readonly skeleton?: boolean;
    }
  | {
      readonly status: 'loaded' | 'empty';
      readonly feed: Feed;
      readonly refreshError?: FeedError;
      readonly revalidating?: boolean;
      /** Feeds of a several-URL `src` that could not be loaded and are not shown (the others are). */
      readonly missing?: readonly FeedError[];
    }
  | { readonly status: 'error'; readonly error: FeedError; readonly retrying?: boolean };

/** How long a visitor looks at a skeleton before being told, whatever `timeout` and the retries. */
export const NOTICE_AFTER = 10_000;

/**
 * How long loading lasts before the skeleton shows (ms). Under about 200 ms an answer reads as
 * immediate, and a skeleton shown for less than that is a flicker (and, for a 12-card grid,
 * about a hundred template clones built and torn down for nothing); a feed from the same site
 * or a CDN usually answers within it, a portal CMS thinking for longer gets its skeleton.
 */
export const SKELETON_AFTER = 200;

// A server cannot wait for the skeleton's delay: its HTML is what shows until the page's script
// runs, so it writes the skeleton.
const LOADING: SourceState = isServer ? { status: 'loading', skeleton: true } : { status: 'loading' };

/** The inputs an element exposes; set by code, so any of them may hold anything. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  /** The one article `<tin-card>` and `<tin-article>` may be given: shown whatever the source's state. */
  article?: unknown;
  src?: unknown;
  feed?: unknown;
  articles?: unknown;
  /** Per-request timeout in seconds. */
  timeout?: unknown;
  /** Re-poll period in seconds; 0 or absent = off. */
  refreshInterval?: unknown;
  /** Proxy URL template; absent = the page's `<meta name="tin-widgets:proxy">`, "" = none. */
  proxy?: unknown;
  /** `lazy`: `src` is fetched once the host comes near the viewport; anything else, at once. */
  loading?: unknown;
}

const isLazy = (host: SourceHost): boolean =>
  typeof host.loading === 'string' && host.loading.trim().toLowerCase() === 'lazy';

/** The page's proxy template, `<meta name="tin-widgets:proxy" content="…">`, read at each load. */
const pageProxy = (): string | undefined =>
  document.querySelector<HTMLMetaElement>('meta[name="tin-widgets:proxy"]')?.content.trim() || undefined;

/** The proxy template `host` loads through, if any (its own `proxy` wins over the page's). */
export const proxyOf = (host: { proxy?: unknown }): string | undefined =>
  typeof host.proxy === 'string' ? host.proxy.trim() || undefined : pageProxy();

type FromCode = typeof import('../../feed/from-code.js');

/** The checker of data set by code; null if its chunk could not be fetched (nothing set by code is shown). */
const fromCode = lazyModule<FromCode | null>(() => import('../../feed/from-code.js'), null);

/** Several feeds in one `src`; null if its chunk could not be fetched (such a `src` then fails). */
const merge = lazyModule<typeof import('../../feed/merge.js') | null>(() => import('../../feed/merge.js'), null);

/** Whether `src` names several feeds (white space between URLs). */
const isSeveral = (src: string): boolean => /\s/.test(src);

const seconds = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

const toFeedError = (error: unknown, url: string): FeedError =>
  isFeedError(error) ? error : new FeedError('network', String((error as Error | undefined)?.message ?? error), url);

const stateOf = (
  feed: Feed,
  refreshError?: FeedError,
  revalidating?: boolean,
  missing?: readonly FeedError[],
): SourceState => ({
  status: feed.items.length ? 'loaded' : 'empty',
  feed,
  refreshError,
  revalidating,
  missing,
});

export class FeedSource implements ReactiveController {
  state: SourceState = LOADING;
  /** The feed URL being loaded, or undefined when the data comes from code. */
  private loadedSrc: string | undefined;
  private loadedInterval = 0;
  /** The feeds of a several-URL `src`, once the merging code is here. */
  private merger: Merger | undefined;
  /** Shows the skeleton once loading has lasted `SKELETON_AFTER`. */
  private skeletonTimer: ReturnType<typeof setTimeout> | undefined;
  /** The `articles` or `feed` value the state was made from. */
  private given: unknown;
  private abort: AbortController | undefined;
  private poll: ReturnType<typeof setInterval> | undefined;
  private generation = 0;
  private announced: Feed | undefined;
  /** `loading="lazy"`: the host came near the viewport once, so `src` loads at once from now on. */
  private near = false;
  /** Cancels the wait for the viewport of a lazy host that has not come near yet. */
  private cancelNear: (() => void) | undefined;

  constructor(private readonly host: SourceHost) {
    host.addController(this);
  }

  /**
   * Set while data set by code waits for its checker (show loading, not "not found"); settles
   * once the host has been asked to update with it (`updateComplete` waits for it).
   */
  pending: Promise<unknown> | undefined;

  /**
   * An article set by code (`<tin-card .article>`), checked; undefined while the checker loads
   * (the host renders its skeleton and updates again) or when `value` is not an article.
   */
  article(value: unknown): Article | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    if (isNormalized(value)) return value as Article;
    return this.check()?.articleFromCode(value);
  }

  hostConnected(): void {
    // Re-attached (moved in the DOM): resume where a disconnect stopped us.
    if (this.loadedSrc !== undefined) this.start(false);
    this.timeSkeleton();
  }

  hostDisconnected(): void {
    this.stop();
    this.timeSkeleton();
  }

  hostUpdate(): void {
    this.chooseState();
    this.timeSkeleton();
  }

  /**
   * While the host shows loading (and no article of its own), the skeleton is due after
   * `SKELETON_AFTER`; the timer goes as soon as anything else is shown.
   */
  private timeSkeleton(): void {
    const waiting =
      this.state === LOADING &&
      this.host.isConnected &&
      (this.host.article === undefined || this.host.article === null);
    if (!waiting) {
      clearTimeout(this.skeletonTimer);
      this.skeletonTimer = undefined;
    } else
      this.skeletonTimer ??= setTimeout(() => {
        this.skeletonTimer = undefined;
        if (this.state !== LOADING) return;
        this.state = { status: 'loading', skeleton: true };
        this.host.requestUpdate();
      }, FeedSource.skeletonAfter);
  }

  /**
   * `SKELETON_AFTER`, which tests raise so that a fast answer is one by construction, whatever
   * the machine's speed.
   * @internal
   */
  static skeletonAfter = SKELETON_AFTER;

  /** Loading, with the skeleton kept if it already shows (a new `src` does not blank it). */
  private loading(): SourceState {
    return this.state.status === 'loading' ? this.state : LOADING;
  }

  private chooseState(): void {
    const { articles, feed } = this.host;
    const given = articles ?? feed;
    if (given !== undefined && given !== null) {
      this.useGiven(given, articles !== undefined && articles !== null);
      return;
    }
    if (this.given !== undefined) {
      this.given = undefined;
      this.state = this.loading();
    }
    const src = (typeof this.host.src === 'string' && this.host.src.trim()) || undefined;
    const interval = seconds(this.host.refreshInterval);
    if (src !== this.loadedSrc) {
      this.loadedSrc = src;
      this.loadedInterval = interval;
      this.start(true);
    } else if (interval !== this.loadedInterval) {
      this.loadedInterval = interval;
      this.schedulePolling();
    } else if (this.cancelNear && !isLazy(this.host)) {
      this.start(false); // `loading` went back to eager while it waited
    }
  }

  /** Loads `src` again now, past the cache's freshness (the "Thử lại" button, `reload()`). */
  reload(): void {
    if (!this.loadedSrc) return;
    if (this.state.status === 'error') this.state = LOADING;
    this.host.requestUpdate();
    void this.fetch(0);
  }

  /** The checker of data set by code, or undefined while it loads (the host updates again once it is there). */
  private check(): FromCode | undefined {
    this.pending ??= fromCode.load()?.then(() => {
      this.pending = undefined;
      this.host.requestUpdate();
    });
    return fromCode.get() ?? undefined;
  }

  /** Data set by code: `articles` wins over `feed`; either replaces loading `src`. */
  private useGiven(given: unknown, isList: boolean): void {
    if (given === this.given && this.state.status !== 'loading') return;
    if (this.loadedSrc !== undefined) {
      this.stop();
      this.loadedSrc = undefined;
    }
    this.given = given;
    if (!isList && typeof given === 'object' && given !== null && isNormalized(given)) {
      this.state = stateOf(given as Feed);
      return;
    }
    const check = this.check();
    if (!check) {
      this.state = this.loading();
      return;
    }
    const feed = isList ? check.feedFromArticles(given) : check.feedFromCode(given);
    this.state = feed ? stateOf(feed) : { status: 'empty', feed: check.feedFromArticles([])! };
  }

  private stop(): void {
    this.cancelNear?.();
    this.cancelNear = undefined;
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
      this.state = this.loading();
      return;
    }
    if (!this.near && isLazy(this.host)) {
      // The skeleton holds the place; a detached host waits again once re-attached (hostConnected).
      if (reset) this.state = { status: 'loading' };
      const generation = this.generation;
      const near = () => {
        this.near = true;
        this.start(false);
        this.host.requestUpdate();
      };
      // A chunk only pages with lazy elements download; if it cannot be fetched, the feed loads now.
      void import('./near-viewport.js')
        .catch(() => undefined)
        .then((watch) => {
          if (generation !== this.generation || !this.host.isConnected) return; // detached, or another src
          if (watch) this.cancelNear = watch.whenNear(this.host, near);
          else near();
        });
      return;
    }
    const shown =
      (this.state.status === 'loaded' || this.state.status === 'empty') && !reset ? this.state.feed : undefined;
    const cached = shown ?? (isSeveral(src) ? this.mergerOf(src)?.copy() : peekFeed(src));
    this.state = cached ? stateOf(cached, undefined, true) : this.loading();
    void this.fetch();
    if (!cached) void this.restore(src, this.generation);
    this.schedulePolling();
  }

  private schedulePolling(): void {
    clearInterval(this.poll);
    this.poll = undefined;
    if (this.loadedSrc && this.loadedInterval > 0 && this.host.isConnected) {
      this.poll = setInterval(() => void this.fetch(0), Math.max(this.loadedInterval, 5) * 1000);
    }
  }

  /** The `Merger` of a several-URL `src`, if its code is here. */
  private mergerOf(src: string): Merger | undefined {
    const code = merge.get();
    if (code && this.merger?.src !== src) this.merger = new code.Merger(src);
    return code ? this.merger : undefined;
  }

  /** The `Merger` of `src` once its code is here, or undefined for a single URL. */
  private async merging(src: string): Promise<Merger | undefined> {
    if (!isSeveral(src)) return undefined;
    await merge.load();
    const merger = this.mergerOf(src);
    if (!merger) throw new FeedError('network', 'The code that merges feeds could not be loaded', src);
    return merger;
  }

  /** A copy from sessionStorage paints at once while the network answers. */
  private async restore(src: string, generation: number): Promise<void> {
    // The first sessionStorage access of a page is a synchronous round trip to the browser
    // process: in a task of its own, not in the one that renders the element.
    await new Promise((resolve) => setTimeout(resolve));
    if (generation !== this.generation) return;
    const stored = isSeveral(src)
      ? await this.merging(src).then(
          (merger) => merger?.restore(),
          () => undefined,
        )
      : await cachedFeed(src);
    if (stored && generation === this.generation && this.state.status === 'loading') {
      this.state = stateOf(stored, undefined, true);
      this.host.requestUpdate();
    }
  }

  private async fetch(maxAge?: number): Promise<void> {
    const src = this.loadedSrc;
    if (!src || !this.host.isConnected) return; // detached: hostConnected() loads on re-attach
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const generation = this.generation;
    const timeout = seconds(this.host.timeout) * 1000 || undefined;
    // Told in time: a hanging server shows the timeout message while attempts go on quietly.
    const notice = setTimeout(() => {
      if (generation !== this.generation || abort.signal.aborted || this.state.status !== 'loading') return;
      this.state = {
        status: 'error',
        error: new FeedError('timeout', 'Still waiting for the feed', src),
        retrying: true,
      };
      this.host.requestUpdate();
    }, NOTICE_AFTER);
    const options = { signal: abort.signal, timeout, maxAge, proxy: proxyOf(this.host) };
    let url = src;
    try {
      const merger = await this.merging(src);
      // A merged list's `tin-load` names its feeds, separated by spaces.
      url = merger ? merger.urls.join(' ') : feedKey(src);
      const loaded: Loaded = merger ? await merger.load(options) : { feed: await loadFeed(src, options) };
      if (generation !== this.generation || abort.signal.aborted) return;
      const { feed } = loaded;
      this.state = stateOf(feed, loaded.refreshError, undefined, loaded.missing);
      this.host.requestUpdate();
      for (const failure of loaded.failures ?? []) this.report(failure, url, true);
      if (this.announced !== feed) {
        this.announced = feed;
        this.host.dispatchEvent(new TinLoadEvent({ feed, url }));
      }
    } catch (error) {
      if (isAbortError(error) || generation !== this.generation || abort.signal.aborted) return;
      const previous = this.state;
      const stale = previous.status === 'loaded' || previous.status === 'empty';
      const failure = toFeedError(error, url);
      this.state = stale ? stateOf(previous.feed, failure) : { status: 'error', error: failure };
      this.host.requestUpdate();
      this.report(failure, url, stale);
    } finally {
      clearTimeout(notice);
      if (this.abort === abort) this.abort = undefined;
    }
  }

  /** Tells the webmaster (console) and the page (`tin-error`); the visitor reads the element's own sentence. */
  private report(failure: FeedError, url: string, stale: boolean): void {
    consoleWarn(`Could not load ${failure.url ?? url} (${failure.kind}): ${failure.message}`);
    this.host.dispatchEvent(
      new TinErrorEvent({
        kind: failure.kind,
        status: failure.status,
        url: failure.url ?? url,
        message: failure.message,
        stale,
      }),
    );
  }
}
