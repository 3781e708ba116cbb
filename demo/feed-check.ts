// The feed check's facts: what the library's own loader and parser make of a feed (its response
// as this page may see it, and what the parse noticed), gathered once. What they mean for a
// webmaster is feed-check-findings.ts's job.
import { feedKey, requestFeed } from '../src/feed/loader.js';
import { requestUrl } from '../src/feed/proxy.js';
import { type Feed, FeedError, isFeedError } from '../src/feed/model.js';
import type { ParseDiagnostic } from '../src/feed/parse-options.js';
import { parseFeedText } from '../src/feed/parse.js';

/** What is checked: a feed's address (through a proxy template, if given), or its pasted text. */
export type CheckInput =
  { readonly url: string; readonly proxy?: string } | { readonly text: string; readonly url?: string };

/** The response headers the check reads, as the browser shows them to this page (null: not seen). */
export const HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'etag',
  'last-modified',
  'cache-control',
  'expires',
] as const;
export type HeaderName = (typeof HEADERS)[number];

export interface ResponseFacts {
  readonly status: number;
  /** The browser's response type: `basic` (same origin) or `cors` (another origin that allowed it). */
  readonly type: ResponseType;
  readonly headers: Readonly<Record<HeaderName, string | null>>;
  /**
   * Bytes on the wire and once decoded, from Resource Timing: 0 when the browser hides them (a
   * cross-origin response without `Timing-Allow-Origin`).
   */
  readonly encodedSize: number;
  readonly decodedSize: number;
}

export interface Facts {
  readonly input: 'url' | 'text';
  /** The feed's absolute address, if known. */
  readonly url?: string;
  readonly viaProxy: boolean;
  /** Whether the request went to this page's own origin (the feed's, or its proxy's): no CORS then. */
  readonly sameOrigin: boolean;
  readonly response?: ResponseFacts;
  /** The body's size in UTF-8 bytes, as the parser got it. */
  readonly bytes?: number;
  readonly feed?: Feed;
  readonly error?: FeedError;
  readonly diagnostics: readonly ParseDiagnostic[];
}

const timingOf = (url: string): PerformanceResourceTiming | undefined =>
  (performance.getEntriesByName(url, 'resource') as PerformanceResourceTiming[]).at(-1);

/** Checks one feed. Never rejects: a failure is a fact like the others. */
export async function gatherFacts(input: CheckInput, signal?: AbortSignal): Promise<Facts> {
  const diagnostics: ParseDiagnostic[] = [];
  const onDiagnostic = (diagnostic: ParseDiagnostic) => void diagnostics.push(diagnostic);
  let url: string | undefined;
  try {
    url = input.url ? new URL(input.url, location.href).href : undefined;
  } catch {
    url = undefined;
  }
  const sameOrigin = !!url && new URL(url).origin === location.origin;
  let response: Response | undefined;
  let feed: Feed | undefined;
  let body: string | undefined;
  let error: FeedError | undefined;
  const viaProxy = 'proxy' in input && !!input.proxy;
  try {
    if ('text' in input) {
      body = input.text;
      feed = await parseFeedText(input.text, url, { warn: () => {}, onDiagnostic });
    } else {
      ({ feed, body } = await requestFeed(input.url, {
        signal,
        proxy: input.proxy || undefined,
        onResponse: (got) => (response = got),
        onDiagnostic,
      }));
    }
  } catch (caught) {
    if (signal?.aborted) throw caught;
    error = isFeedError(caught) ? caught : new FeedError('parse', String(caught), url);
  }
  // Resource Timing names a request by the address first asked for (before any redirect).
  const asked = url && !('text' in input) ? requestUrl(feedKey(url), input.proxy || undefined) : undefined;
  const timing = response && asked ? (timingOf(asked) ?? timingOf(response.url)) : undefined;
  return {
    input: 'text' in input ? 'text' : 'url',
    url,
    viaProxy,
    sameOrigin: response ? response.type === 'basic' : sameOrigin,
    response: response && {
      status: response.status,
      type: response.type,
      headers: Object.fromEntries(HEADERS.map((name) => [name, response!.headers.get(name)])) as Record<
        HeaderName,
        string | null
      >,
      encodedSize: timing?.encodedBodySize ?? 0,
      decodedSize: timing?.decodedBodySize ?? 0,
    },
    bytes: body === undefined ? undefined : new TextEncoder().encode(body).length,
    feed,
    error,
    diagnostics,
  };
}
