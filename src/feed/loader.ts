/**
 * Fetching feeds: one request per URL however many elements ask, an in-memory and
 * sessionStorage cache served stale-while-revalidate, conditional requests, a timeout, and a
 * bounded retry of the failures retrying can mend. Everything that can fail becomes a
 * `FeedError`; nothing here throws anything else except the caller's own AbortError.
 *
 * A copy restored from sessionStorage, or held from earlier, is never taken for the current
 * feed: it is shown while the request runs, and that request's answer wins.
 */
import { type Feed, FeedError, consoleWarn, isFeedError, isTransient } from './model.js';
import { lazyModule } from '../internal/lazy-module.js';
import { afterNextPaint } from '../internal/after-paint.js';
import { LARGE_FEED, parseFeedText } from './parse.js';
import type { DiagnosticFn, ParseOptions } from './parse-options.js';
import { type StoredFeed, clearStored, readStored, writeStored } from './session-cache.js';
import type { EarlyFeeds } from '../early-feeds.js';

export interface LoadOptions {
  /** Aborts this caller's interest; the shared request stops when every caller has aborted. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds. */
  readonly timeout?: number;
  /** Retries after a network error or 5xx. */
  readonly retries?: number;
  /** A cached copy younger than this (ms) is returned without asking the server. */
  readonly maxAge?: number;
  /** Also keep the feed in sessionStorage, so the next page of the visit paints at once. */
  readonly persist?: boolean;
  /**
   * A proxy to fetch through: a URL template where `{url}` stands for the feed's absolute URL,
   * encoded (`/proxy?url={url}`). The cache key and the base of the feed's relative links stay
   * the feed's own URL. A template without `{url}`, or not http(s), is refused with a console
   * warning and the feed is fetched directly.
   */
  readonly proxy?: string;
}

export const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_AGE = 30_000;
const BACKOFF_MS = [400, 1200, 3000];
export { INDEX_KEY, STORAGE_PREFIX } from './session-cache.js';
// sessionStorage is the portal's too: only modest feeds are kept there (and under a total cap).
const MAX_STORED_BODY = 512 * 1024;

/** A response as the cache holds it. `fetchedAt` is 0 for a copy restored from storage: never fresh. */
interface CacheEntry extends StoredFeed {
  readonly feed: Feed;
}

interface Flight {
  readonly promise: Promise<Feed>;
  readonly controller: AbortController;
  interested: number;
}

const memory = new Map<string, CacheEntry>();
const flights = new Map<string, Flight>();
const restored = new Map<string, Promise<Feed | undefined>>();
/** How many times the cache was cleared: a copy due to be stored before a clear is not stored after it. */
let clears = 0;

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** Absolute form of a feed URL, the cache key. */
export const feedKey = (src: string): string => new URL(src, document.baseURI).href;

/**
 * The cached feed for `url`, if any, without a request: from memory, else restored from
 * sessionStorage (parsing it again, once). Lets an element paint at once on a repeat visit.
 */
export async function cachedFeed(url: string): Promise<Feed | undefined> {
  const key = feedKey(url);
  const hit = memory.get(key);
  if (hit) return hit.feed;
  let pending = restored.get(key);
  if (!pending) {
    pending = Promise.resolve().then(async () => {
      const stored = readStored(key);
      if (!stored) return undefined;
      // Parsed against the base it was first parsed with; its warnings were given then.
      const feed = await parseFeedText(stored.body, stored.base, { warn: () => {} }).catch(() => undefined);
      // Never fresh (fetchedAt 0): the next loadFeed revalidates it, with its validators.
      if (feed && !memory.has(key)) memory.set(key, { ...stored, feed, fetchedAt: 0 });
      return memory.get(key)?.feed ?? feed;
    });
    restored.set(key, pending);
  }
  return pending;
}

/** The feed held in memory for `url`, synchronously, however old. */
export function peekFeed(url: string): Feed | undefined {
  try {
    return memory.get(feedKey(url))?.feed;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const onAbort = () => (clearTimeout(timer), reject(abortError()));
    const timer = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

type Proxy = typeof import('./proxy.js');
/** The proxy template's check, a chunk of its own: few pages use one. Without it, feeds load directly. */
// Should the chunk itself fail, say so: a CORS error that follows would otherwise blame the feed.
const proxied = lazyModule<Proxy>(() => import('./proxy.js'), {
  requestUrl: (key) => (
    consoleWarn('Could not load the proxy support (chunks/proxy-*.js): loading feeds directly.'),
    key
  ),
});

/**
 * Why a request that got no response failed: `transport-error.ts`, a chunk of its own, loaded
 * only then. If even it cannot be fetched, the network is what failed.
 */
async function transportError(error: unknown, url: string, key: string, signal: AbortSignal): Promise<FeedError> {
  const cause = String((error as Error | undefined)?.message ?? error);
  const diagnose = await import('./transport-error.js').catch(() => undefined);
  return (await diagnose?.transportError(url, key, signal)) ?? new FeedError('network', cause, key);
}

/** What every feed request accepts: JSON Feed first; RSS, Atom and whatever a CMS labels its feed with are all read too. */
export const FEED_ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.8';

/**
 * The request the CDN entry started for `key` before this code was here (`early-feeds.ts`), taken
 * once; the entry's file cannot be imported from here, hence the registered symbol.
 */
function takeEarly(key: string) {
  const waiting = (globalThis as { [key: symbol]: EarlyFeeds | undefined })[Symbol.for('tin-widgets.early-feeds')];
  const early = waiting?.get(key);
  waiting?.delete(key);
  return early;
}

/** What `requestFeed` is told beyond where and how long: its parse's options, who hears of the response. */
interface Inspect extends ParseOptions {
  readonly onResponse?: (response: Response) => void;
}

/** One request for `key`, conditional on `previous`'s validators, and its parse. */
async function attempt(
  key: string,
  signal: AbortSignal,
  timeout: number,
  proxy: string | undefined,
  previous: CacheEntry | undefined,
  inspect?: Inspect,
): Promise<CacheEntry> {
  const headers: Record<string, string> = { Accept: FEED_ACCEPT };
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;

  if (proxy) await proxied.load();
  if (signal.aborted) throw abortError();
  const url = proxy ? proxied.get()!.requestUrl(key, proxy) : key;
  // The entry's early request is the one this would be (unconditional: no copy is held that
  // early), except through a proxy.
  const early = inspect ? undefined : takeEarly(key);
  if (early && proxy) early.controller.abort();
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const onAbort = () => timer.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  if (early) timer.signal.addEventListener('abort', () => early.controller.abort(), { once: true });
  try {
    let response: Response;
    try {
      response = await (early && !proxy
        ? early.response
        : fetch(url, { headers, signal: timer.signal, credentials: 'same-origin' }));
    } catch (error) {
      if (signal.aborted) throw abortError();
      if (timer.signal.aborted) throw new FeedError('timeout', `No response within ${timeout} ms`, key);
      const failure = await transportError(error, url, key, timer.signal);
      if (signal.aborted) throw abortError();
      throw failure;
    }
    inspect?.onResponse?.(response);
    if (response.status === 304 && previous) return { ...previous, fetchedAt: Date.now() };
    if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`, key, response.status);
    let body: string;
    try {
      // The sliced reader is a chunk of its own; if it cannot be fetched, read the body at once.
      const large =
        Number(response.headers.get('Content-Length')) > LARGE_FEED &&
        (await import('./large-feed.js').catch(() => undefined));
      body = await (large ? large.readTextInSlices(response) : response.text());
    } catch {
      if (signal.aborted) throw abortError();
      if (timer.signal.aborted) throw new FeedError('timeout', `No complete response within ${timeout} ms`, key);
      throw new FeedError('network', 'The response was cut off', key);
    }
    // One base per response, kept with it: the final URL after redirects, or the feed's own
    // URL behind a proxy (the proxy's address says nothing about where its links point).
    const base = url === key ? response.url || key : key;
    const feed = await parseFeedText(body, base, inspect);
    return {
      feed,
      body,
      base,
      fetchedAt: Date.now(),
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', onAbort);
  }
}

async function fetchWithRetry(
  key: string,
  signal: AbortSignal,
  options: Required<Omit<LoadOptions, 'signal' | 'proxy' | 'maxAge'>> & Pick<LoadOptions, 'proxy'>,
): Promise<Feed> {
  const { timeout, retries, persist, proxy } = options;
  for (let tries = 0; ; tries++) {
    try {
      const entry = await attempt(key, signal, timeout, proxy, memory.get(key));
      const unchanged = memory.get(key)?.body === entry.body;
      memory.set(key, entry);
      // Once the frame that shows this answer is painted: a storage write (7–8 ms for a 20-item
      // feed on the bench machine, sessionStorage's first use in the page) is not worth delaying the
      // first card, and a task queued now ran inside that frame. A clear in between means the copy
      // is not wanted.
      if (persist && !unchanged && entry.body.length <= MAX_STORED_BODY) {
        const since = clears;
        afterNextPaint(() => since === clears && writeStored(key, entry));
      }
      return entry.feed;
    } catch (error) {
      if (isFeedError(error) && error.kind === 'cors') consoleWarn(error.message);
      if (tries >= retries || !isFeedError(error) || !isTransient(error) || signal.aborted) throw error;
      await sleep(BACKOFF_MS[Math.min(tries, BACKOFF_MS.length - 1)]! * (0.75 + Math.random() / 2), signal);
    }
  }
}

/**
 * Loads the feed at `src`. Concurrent calls for one URL share a request; a copy younger than
 * `maxAge` is returned without one; an older copy is revalidated with `If-None-Match` /
 * `If-Modified-Since`, and an unchanged feed resolves to the very same `Feed` object.
 * Rejects with `FeedError`, or with an AbortError when `signal` aborts.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<Feed> {
  const {
    signal,
    timeout = DEFAULT_TIMEOUT,
    retries = DEFAULT_RETRIES,
    maxAge = DEFAULT_MAX_AGE,
    persist = true,
    proxy,
  } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  let key: string;
  try {
    key = feedKey(src);
  } catch {
    return Promise.reject(new FeedError('network', 'Invalid feed URL', src));
  }
  // A request under way is newer than any copy: join it.
  let flight = flights.get(key);
  const hit = memory.get(key);
  if (!flight && hit && Date.now() - hit.fetchedAt < maxAge) return Promise.resolve(hit.feed);

  if (!flight) {
    const controller = new AbortController();
    const promise = fetchWithRetry(key, controller.signal, { timeout, retries, persist, proxy }).finally(() => {
      if (flights.get(key) === flight) flights.delete(key);
    });
    // A flight nobody awaits any more must not surface as an unhandled rejection.
    promise.catch(() => {});
    flight = { promise, controller, interested: 0 };
    flights.set(key, flight);
  }
  const shared = flight;
  shared.interested++;
  return new Promise<Feed>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      reject(abortError());
      if (--shared.interested === 0) {
        shared.controller.abort();
        if (flights.get(key) === shared) flights.delete(key);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (feed) => {
        if (settled) return;
        settled = true;
        shared.interested--;
        signal?.removeEventListener('abort', onAbort);
        resolve(feed);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        shared.interested--;
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export interface RequestOptions extends Pick<LoadOptions, 'signal' | 'timeout' | 'proxy'> {
  /**
   * Receives the response, whatever its status, before its body is read: its headers are those
   * the browser lets this page see (a cross-origin response shows only the CORS-safelisted ones,
   * and those its server names in `Access-Control-Expose-Headers`).
   */
  readonly onResponse?: (response: Response) => void;
  /** Receives what the parse noticed (see `ParseDiagnostic`); the parse's warnings are not logged. */
  readonly onDiagnostic?: DiagnosticFn;
}

/**
 * One request for `src` and its parse, as `loadFeed` makes it, for tools that inspect a feed (the
 * demo's feed check): outside the cache and the shared requests, unconditional, not retried.
 * Rejects with `FeedError`, or with an AbortError when `signal` aborts.
 */
export async function requestFeed(
  src: string,
  { signal, timeout = DEFAULT_TIMEOUT, proxy, ...inspect }: RequestOptions = {},
): Promise<{ readonly feed: Feed; readonly body: string }> {
  let key: string;
  try {
    key = feedKey(src);
  } catch {
    throw new FeedError('network', 'Invalid feed URL', src);
  }
  const { feed, body } = await attempt(key, signal ?? new AbortController().signal, timeout, proxy, undefined, {
    ...inspect,
    warn: () => {},
  });
  if (signal?.aborted) throw abortError();
  return { feed, body };
}

/**
 * Forgets every cached feed (memory and sessionStorage), and a copy due to be stored. For tests and
 * "reload" buttons. A request still under way is not cancelled: its answer is new, and is kept.
 */
export function clearFeedCache(): void {
  clears++;
  memory.clear();
  restored.clear();
  clearStored();
}
