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
import { LARGE_FEED, parseFeedText } from './parse.js';
import { type StoredFeed, readStored, writeStored } from './session-cache.js';

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
/** sessionStorage keys: one entry per feed URL, and the index of them (`session-cache.ts`). */
export const STORAGE_PREFIX = 'tin-widgets:feed:';
export const INDEX_KEY = 'tin-widgets:index';
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
const proxied = lazyModule<Proxy>(() => import('./proxy.js'), { requestUrl: (key) => key });

/**
 * Why a request that got no response failed: `transport-error.ts`, a chunk of its own, loaded
 * only then. If even it cannot be fetched, the network is what failed.
 */
async function transportError(error: unknown, url: string, key: string, signal: AbortSignal): Promise<FeedError> {
  const cause = String((error as Error | undefined)?.message ?? error);
  const diagnose = await import('./transport-error.js').catch(() => undefined);
  return (await diagnose?.transportError(url, key, signal)) ?? new FeedError('network', cause, key);
}

async function attempt(
  key: string,
  signal: AbortSignal,
  timeout: number,
  proxy: string | undefined,
): Promise<CacheEntry> {
  const previous = memory.get(key);
  // JSON Feed first; RSS, Atom and whatever a CMS labels its feed with are all read too.
  const headers: Record<string, string> = { Accept: 'application/feed+json, application/json;q=0.9, */*;q=0.8' };
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;

  if (proxy) await proxied.load();
  if (signal.aborted) throw abortError();
  const url = proxy ? proxied.get()!.requestUrl(key, proxy) : key;
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const onAbort = () => timer.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: timer.signal, credentials: 'same-origin' });
    } catch (error) {
      if (signal.aborted) throw abortError();
      if (timer.signal.aborted) throw new FeedError('timeout', `No response within ${timeout} ms`, key);
      const failure = await transportError(error, url, key, timer.signal);
      if (signal.aborted) throw abortError();
      throw failure;
    }
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
    const feed = await parseFeedText(body, base);
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
      const entry = await attempt(key, signal, timeout, proxy);
      const unchanged = memory.get(key)?.body === entry.body;
      memory.set(key, entry);
      // After the elements have painted: a storage write is not worth delaying the first card.
      if (persist && !unchanged && entry.body.length <= MAX_STORED_BODY) {
        setTimeout(() => writeStored(key, entry));
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

/** Forgets every cached feed (memory and sessionStorage). For tests and "reload" buttons. */
export function clearFeedCache(): void {
  memory.clear();
  restored.clear();
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const name = sessionStorage.key(i);
      if (name === INDEX_KEY || name?.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(name);
    }
  } catch {
    // storage unavailable: nothing persisted either
  }
}
