/**
 * The copy of each feed kept in sessionStorage, so the next page of a visit paints at once. The
 * storage is the portal's: the library is a guest there. All its entries together stay under
 * `STORAGE_CAP` characters, the least recently used go first, and a full, blocked or throwing
 * storage only means there is no copy. Part of the core chunk, not a lazy one: every page with a
 * `src` keeps a copy once it has painted, so a chunk of its own only cost a request and its own
 * gzip stream (0.3 KB). Both uses still run after the first paint, in tasks of their own.
 */
import { INDEX_KEY, STORAGE_PREFIX } from './loader.js';

/** What is kept of a response: enough to parse it again and to revalidate it. */
export interface StoredFeed {
  readonly body: string;
  readonly fetchedAt: number;
  /** The URL its relative links resolve against (the final URL after redirects): one per response. */
  readonly base: string;
  readonly etag?: string;
  readonly lastModified?: string;
}

/**
 * The most the library keeps in sessionStorage, in characters (UTF-16 units: about 2 MB of the
 * 10 MB browsers give an origin), over all feeds, keys included.
 */
export const STORAGE_CAP = 1024 * 1024;

/** Which feeds are stored (under `INDEX_KEY`), least recently used first, with the characters each takes. */
type Index = [url: string, size: number][];

function readIndex(): Index {
  try {
    const index = JSON.parse(sessionStorage.getItem(INDEX_KEY) ?? 'null') as unknown;
    if (Array.isArray(index)) return index.filter((row): row is Index[number] => typeof row?.[1] === 'number');
  } catch {
    // corrupted by someone else: rebuilt below from the entries themselves
  }
  // No index (an older version wrote the entries, or it was lost): every entry of ours, in no order.
  const rows: Index = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const name = sessionStorage.key(i);
    if (name?.startsWith(STORAGE_PREFIX))
      rows.push([name.slice(STORAGE_PREFIX.length), entrySize(name, sessionStorage.getItem(name) ?? '')]);
  }
  return rows;
}

const entrySize = (name: string, value: string) => name.length + value.length;
const total = (index: Index) => index.reduce((sum, [, size]) => sum + size, INDEX_KEY.length);

function writeIndex(index: Index): void {
  sessionStorage.setItem(INDEX_KEY, JSON.stringify(index));
}

/** The stored copy of `url`, marked as just used; undefined when there is none or storage is unusable. */
export function readStored(url: string): StoredFeed | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_PREFIX + url);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as StoredFeed;
    try {
      const index = readIndex();
      const at = index.findIndex(([name]) => name === url);
      if (at >= 0) index.push(...index.splice(at, 1));
      writeIndex(index);
    } catch {
      // A full storage: the copy is still good, only its place in the eviction order is not updated.
    }
    return typeof stored.body === 'string' ? { ...stored, base: stored.base || url } : undefined;
  } catch {
    return undefined; // storage disabled, full, or corrupted by someone else: just go to the network
  }
}

/**
 * Keeps `feed` for `url`, evicting the least recently used copies to stay under the cap. A copy
 * larger than half the cap is not kept (and an older one of the same URL is dropped).
 */
export function writeStored(url: string, { body, fetchedAt, base, etag, lastModified }: StoredFeed): void {
  try {
    const name = STORAGE_PREFIX + url;
    const value = JSON.stringify({ body, fetchedAt, base, etag, lastModified });
    const size = entrySize(name, value);
    const index = readIndex().filter(([other]) => other !== url);
    sessionStorage.removeItem(name);
    if (size * 2 <= STORAGE_CAP) {
      // The index grows by this row too: counted with the entry.
      while (index.length && total(index) + size + url.length + 20 > STORAGE_CAP) {
        sessionStorage.removeItem(STORAGE_PREFIX + index.shift()![0]);
      }
      try {
        sessionStorage.setItem(name, value);
      } catch {
        // The portal filled the storage: give it back everything of ours, never take the last of it.
        for (const [other] of index.splice(0)) sessionStorage.removeItem(STORAGE_PREFIX + other);
        sessionStorage.removeItem(name);
        writeIndex(index);
        return;
      }
      index.push([url, size]);
    }
    writeIndex(index);
  } catch {
    // Storage blocked or throwing on every call: the memory cache still works.
  }
}
