/**
 * Fetching feeds: one request per URL however many elements ask, an in-memory and
 * sessionStorage cache served stale-while-revalidate, conditional requests, a timeout, and a
 * bounded retry. Everything that can fail becomes a `FeedError`; nothing here throws anything else
 * except the caller's own AbortError.
 */
import { type Feed, FeedError, isFeedError } from './model.js';
import { LARGE_FEED, parseFeedText } from './parse.js';

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
}

export const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_AGE = 30_000;
const BACKOFF_MS = [400, 1200, 3000];
const STORAGE_PREFIX = 'tin-widgets:feed:';

interface CacheEntry {
  readonly feed: Feed;
  readonly body: string;
  readonly fetchedAt: number;
  readonly etag?: string;
  readonly lastModified?: string;
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

function readStorage(url: string): Omit<CacheEntry, 'feed'> | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_PREFIX + url);
    return raw ? (JSON.parse(raw) as Omit<CacheEntry, 'feed'>) : undefined;
  } catch {
    return undefined; // storage disabled, full, or corrupted by someone else: just go to the network
  }
}

// sessionStorage is the portal's too (about 5 MB per origin): only modest feeds are kept there.
const MAX_STORED_BODY = 512 * 1024;

function writeStorage(url: string, entry: CacheEntry): void {
  if (entry.body.length > MAX_STORED_BODY) return;
  try {
    const { body, fetchedAt, etag, lastModified } = entry;
    sessionStorage.setItem(STORAGE_PREFIX + url, JSON.stringify({ body, fetchedAt, etag, lastModified }));
  } catch {
    // Quota exceeded or storage blocked: the memory cache still works.
  }
}

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
    const stored = readStorage(key);
    // Its warnings were given when it was fetched.
    pending = stored
      ? parseFeedText(stored.body, key, { warn: () => {} }).then(
          (feed) => {
            if (!memory.has(key)) memory.set(key, { ...stored, feed });
            return feed;
          },
          () => undefined,
        )
      : Promise.resolve(undefined);
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

async function attempt(key: string, signal: AbortSignal, timeout: number): Promise<CacheEntry> {
  const previous = memory.get(key);
  // JSON Feed first; RSS, Atom and whatever a CMS labels its feed with are all read too.
  const headers: Record<string, string> = { Accept: 'application/feed+json, application/json;q=0.9, */*;q=0.8' };
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;

  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  const onAbort = () => timer.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(key, { headers, signal: timer.signal, credentials: 'same-origin' });
    } catch (error) {
      if (signal.aborted) throw abortError();
      if (timer.signal.aborted) throw new FeedError('timeout', `No response within ${timeout} ms`, key);
      throw new FeedError('network', String((error as Error)?.message ?? error), key);
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
    const feed = await parseFeedText(body, response.url || key);
    return {
      feed,
      body,
      fetchedAt: Date.now(),
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
  } finally {
    clearTimeout(timeoutId);
    signal.removeEventListener('abort', onAbort);
  }
}

const retryable = (error: unknown) =>
  isFeedError(error) &&
  (error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500));

async function fetchWithRetry(
  key: string,
  signal: AbortSignal,
  timeout: number,
  retries: number,
  persist: boolean,
): Promise<Feed> {
  for (let tries = 0; ; tries++) {
    try {
      const entry = await attempt(key, signal, timeout);
      const unchanged = memory.get(key)?.body === entry.body;
      memory.set(key, entry);
      // After the elements have painted: a storage write is not worth delaying the first card.
      if (persist && !unchanged) setTimeout(() => writeStorage(key, entry));
      return entry.feed;
    } catch (error) {
      if (tries >= retries || !retryable(error) || signal.aborted) throw error;
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
  } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  let key: string;
  try {
    key = feedKey(src);
  } catch {
    return Promise.reject(new FeedError('network', 'Invalid feed URL', src));
  }
  const hit = memory.get(key);
  if (hit && Date.now() - hit.fetchedAt < maxAge) return Promise.resolve(hit.feed);

  let flight = flights.get(key);
  if (!flight) {
    const controller = new AbortController();
    const promise = fetchWithRetry(key, controller.signal, timeout, retries, persist).finally(() => {
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
      if (name?.startsWith(STORAGE_PREFIX)) sessionStorage.removeItem(name);
    }
  } catch {
    // storage unavailable: nothing persisted either
  }
}
