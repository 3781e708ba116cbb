// Fetch fault injection: every failure the loader and the elements must survive, served by the
// test runner's own fault server (test/server/fault-server.mjs, mounted at /__fault/<scenario>).
// Each test uses its own query string, so the server's per-URL counters and the loader's caches
// never leak from one test to the next.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/tin-list/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinErrorDetail, TinErrorEvent, TinLoadDetail, TinLoadEvent } from '../../src/events.js';
import { cachedFeed, clearFeedCache, loadFeed, peekFeed } from '../../src/feed/loader.js';
import { type Feed, FeedError } from '../../src/feed/model.js';
import { feedUrl, manyItemsFeed } from '../fixtures/feeds.js';
import { afterPaint, captureWarnings, freshCaches, shadowText, until } from '../helpers.js';

const STORAGE_PREFIX = 'tin-widgets:feed:';
const DEFAULT_TITLE = 'Tin thử nghiệm';
const ITEM_TEXT = 'Bản tin số 1 (20/11/2026)';

const MESSAGES = {
  // Written for citizens: no "nguồn tin", no status codes (the cause is in tin-error and the console).
  http404: 'Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.',
  http500: 'Hiện chưa tải được tin bài. Vui lòng thử lại sau.',
  parse: 'Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.',
  network: 'Hiện chưa tải được tin bài. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
  timeout: 'Hiện chưa tải được tin bài. Vui lòng thử lại sau.',
  stale: 'Chưa cập nhật được tin mới; đang hiển thị bản trước đó.',
  cors: 'Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.',
};

// The test's own fetches (hit counters) must not go through a spy a test installed.
const realFetch = window.fetch.bind(window);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const absolute = (url: string) => new URL(url, document.baseURI).href;

interface Fault {
  /** The URL to load (relative to the page). */
  readonly url: string;
  /** The fault server's counter key for it: `<scenario>?<querystring>`. */
  readonly key: string;
}

let unique = 0;
function fault(scenario: string, params: Record<string, string | number> = {}): Fault {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  query.set('id', `${Date.now().toString(36)}-${++unique}-${Math.random().toString(36).slice(2, 8)}`);
  const qs = query.toString();
  return { url: `/__fault/${scenario}?${qs}`, key: `${scenario}?${qs}` };
}

/** How many requests the fault server has seen for `fault`. */
async function hits(target: Fault): Promise<number> {
  const response = await realFetch(`/__fault/hits?key=${encodeURIComponent(target.key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

async function untilHits(target: Fault, count: number, timeout = 4000): Promise<void> {
  const start = performance.now();
  while ((await hits(target)) < count) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${count} hits on ${target.key}`);
    await sleep(20);
  }
}

/** The rejection of `promise` (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejection(promise);
  expect(error, String(error)).to.be.instanceOf(FeedError);
  return error as FeedError;
}

interface FetchCall {
  readonly url: string;
  readonly headers: Headers;
  readonly signal: AbortSignal | undefined;
  status?: number;
  contentType?: string | null;
  failure?: unknown;
}

/** Replaces window.fetch with a recorder for the rest of the test (restored in afterEach). */
let restoreFetch: (() => void) | undefined;
function spyFetch(): FetchCall[] {
  const calls: FetchCall[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const call: FetchCall = {
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    return original.call(window, input, init).then(
      (response) => {
        call.status = response.status;
        call.contentType = response.headers.get('Content-Type');
        return response;
      },
      (error: unknown) => {
        call.failure = error;
        throw error;
      },
    );
  };
  restoreFetch = () => {
    window.fetch = original;
    restoreFetch = undefined;
  };
  return calls;
}

const storedKeys = () => Object.keys(sessionStorage).filter((name) => name.startsWith(STORAGE_PREFIX));

// Anything the loader or the elements let escape, across every test of this file.
const escaped: string[] = [];
const onRejection = (event: PromiseRejectionEvent) => void escaped.push(`unhandledrejection: ${String(event.reason)}`);
const onError = (event: ErrorEvent) => void escaped.push(`error: ${event.message}`);

// Root hooks: this file is its own mocha run, so they span exactly its tests.
before(() => {
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
});
after(() => {
  window.removeEventListener('unhandledrejection', onRejection);
  window.removeEventListener('error', onError);
});

describe('loadFeed under fetch faults', () => {
  beforeEach(freshCaches);
  afterEach(() => restoreFetch?.());

  describe('one shared request', () => {
    it('three concurrent loadFeed() calls make one request and resolve to one Feed', async () => {
      const target = fault('slow', { ms: 200 });
      const feeds = await Promise.all([loadFeed(target.url), loadFeed(target.url), loadFeed(target.url)]);
      expect(feeds[0]!.title).to.equal(DEFAULT_TITLE);
      expect(feeds[1]).to.equal(feeds[0]);
      expect(feeds[2]).to.equal(feeds[0]);
      expect(await hits(target)).to.equal(1);
    });

    it('shares the request even when no caller accepts a cached copy (maxAge: 0)', async () => {
      const target = fault('slow', { ms: 200 });
      const feeds = await Promise.all([0, 0, 0].map((maxAge) => loadFeed(target.url, { maxAge })));
      expect(new Set(feeds).size).to.equal(1);
      expect(await hits(target)).to.equal(1);
    });

    it('three <tin-list> with the same src make one request and all show the items', async () => {
      const target = fault('slow', { ms: 300 });
      // fixtureSync: fixture() waits for an animation frame on a plain <div>, and a background tab gets none.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <tin-list src=${target.url}></tin-list><tin-list src=${target.url}></tin-list><tin-list src=${target.url}></tin-list>
      </div>`);
      const lists = [...wrapper.querySelectorAll('tin-list')];
      expect(lists).to.have.length(3);
      for (const list of lists) await until(() => list.shadowRoot!.querySelector('[part="item"]'), 4000, 'items');
      for (const list of lists) expect(itemTexts(list)).to.deep.equal([ITEM_TEXT]);
      expect(await hits(target)).to.equal(1);
    });
  });

  describe('memory cache and revalidation', () => {
    it('a second call within maxAge makes no request and returns the same Feed', async () => {
      const target = fault('ok');
      const first = await loadFeed(target.url);
      const second = await loadFeed(target.url);
      expect(second).to.equal(first);
      expect(peekFeed(target.url)).to.equal(first);
      expect(await hits(target)).to.equal(1);
    });

    it('maxAge: 0 revalidates with If-None-Match; a 304 resolves to the very same Feed', async () => {
      const target = fault('etag');
      const calls = spyFetch();
      const first = await loadFeed(target.url);
      expect(first.title).to.equal('Có ETag');
      const second = await loadFeed(target.url, { maxAge: 0 });
      expect(second).to.equal(first);
      expect(await hits(target)).to.equal(2);
      expect(calls).to.have.length(2);
      expect(calls[0]!.headers.get('If-None-Match')).to.equal(null);
      expect(calls[0]!.status).to.equal(200);
      expect(calls[1]!.headers.get('If-None-Match')).to.equal('"v1"');
      expect(calls[1]!.status).to.equal(304);
    });

    it('maxAge: 0 without a validator fetches the body again', async () => {
      const target = fault('ok');
      const first = await loadFeed(target.url);
      const second = await loadFeed(target.url, { maxAge: 0 });
      expect(second.title).to.equal(first.title);
      expect(await hits(target)).to.equal(2);
    });
  });

  describe('sessionStorage', () => {
    it('a load persists the body under tin-widgets:feed:<absolute url>', async () => {
      const target = fault('ok', { title: 'Lưu phiên' });
      expect(storedKeys()).to.deep.equal([]);
      await loadFeed(target.url);
      await afterPaint();
      expect(storedKeys()).to.deep.equal([STORAGE_PREFIX + absolute(target.url)]);
      const stored = JSON.parse(sessionStorage.getItem(STORAGE_PREFIX + absolute(target.url))!) as {
        body: string;
        fetchedAt: number;
      };
      expect((JSON.parse(stored.body) as { title: string }).title).to.equal('Lưu phiên');
      expect(stored.fetchedAt).to.be.closeTo(Date.now(), 5000);
    });

    it('the copy is written after the next frame, not in a task queued as the load answers', async () => {
      const target = fault('ok');
      await loadFeed(target.url);
      expect(storedKeys(), 'as the load answers').to.deep.equal([]);
      // A task queued as the answer arrives (as the write was) runs before the frame that shows it.
      await new Promise((resolve) => setTimeout(resolve));
      expect(storedKeys(), 'a task later, before the next frame').to.deep.equal([]);
      await afterPaint();
      expect(storedKeys(), 'a task after that frame').to.deep.equal([STORAGE_PREFIX + absolute(target.url)]);
    });

    it('clearFeedCache() right after a load: the copy due to be stored is not stored after it', async () => {
      const target = fault('ok');
      await loadFeed(target.url);
      clearFeedCache();
      await afterPaint();
      expect(storedKeys()).to.deep.equal([]);
      // Nothing for the next page to restore either (cachedFeed reads sessionStorage).
      expect(await cachedFeed(target.url)).to.equal(undefined);
    });

    it('persist: false writes nothing', async () => {
      const target = fault('ok');
      const feed = await loadFeed(target.url, { persist: false });
      await afterPaint();
      expect(feed.title).to.equal(DEFAULT_TITLE);
      expect(storedKeys()).to.deep.equal([]);
    });

    it('a feed too large to be a good citizen of sessionStorage (over 512 KB) is not stored', async () => {
      const big = JSON.stringify({ items: [{ id: '1', title: 'Tin lớn', summary: 'x'.repeat(600 * 1024) }] });
      const url = URL.createObjectURL(new Blob([big], { type: 'application/json' }));
      await loadFeed(url);
      await afterPaint();
      expect(storedKeys()).to.deep.equal([]);
    });

    it('cachedFeed() restores a stored copy without a request', async () => {
      const target = fault('ok', { title: 'Từ bộ nhớ phiên' });
      await loadFeed(target.url);
      await afterPaint();
      const name = STORAGE_PREFIX + absolute(target.url);
      const saved = sessionStorage.getItem(name)!;
      clearFeedCache(); // memory and storage…
      expect(storedKeys()).to.deep.equal([]);
      expect(peekFeed(target.url)).to.equal(undefined);
      sessionStorage.setItem(name, saved); // …then put back only the stored copy, as on the next page
      const restored = await cachedFeed(target.url);
      expect(restored?.title).to.equal('Từ bộ nhớ phiên');
      expect(peekFeed(target.url)).to.equal(restored);
      // Asked again, the copy now in memory answers.
      expect(await cachedFeed(target.url)).to.equal(restored);
      expect(await hits(target)).to.equal(1);
    });
  });

  describe('content types', () => {
    const accepted: [scenario: string, type: string][] = [
      ['ok', 'application/feed+json'],
      ['json', 'application/json'],
      ['text-plain', 'text/plain'],
    ];
    for (const [scenario, type] of accepted) {
      it(`accepts ${type}${scenario === 'text-plain' ? ' with a UTF-8 BOM' : ''}`, async () => {
        const target = fault(scenario);
        const calls = spyFetch();
        const feed = await loadFeed(target.url);
        expect(calls[0]!.contentType).to.match(new RegExp(`^${type.replace('+', '\\+')}\\b`));
        expect(feed.title).to.equal(DEFAULT_TITLE);
        expect(feed.items.map((item) => item.title)).to.deep.equal(['Bản tin số 1']);
      });
    }

    it('an HTML page served with 200 is a parse error, not retried', async () => {
      const target = fault('html-200');
      const error = await feedError(loadFeed(target.url));
      expect(error.kind).to.equal('parse');
      expect(error.url).to.equal(absolute(target.url));
      expect(await hits(target)).to.equal(1);
    });
  });

  describe('HTTP errors and retries', () => {
    it('404 → kind http, status 404, no retry', async () => {
      const target = fault('404');
      const error = await feedError(loadFeed(target.url));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.url).to.equal(absolute(target.url));
      expect(await hits(target)).to.equal(1);
    });

    it('500 is retried (retries: 1 → 2 requests), then kind http status 500', async () => {
      const target = fault('500');
      const error = await feedError(loadFeed(target.url, { retries: 1 }));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(await hits(target)).to.equal(2);
    });

    it('aborting during the retry back-off stops further attempts', async () => {
      const target = fault('500');
      const controller = new AbortController();
      const pending = loadFeed(target.url, { signal: controller.signal, retries: 2 });
      await untilHits(target, 1);
      await sleep(30); // the first 500 is in; the loader now waits 300–500 ms before retrying
      controller.abort();
      expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
      await sleep(700); // past the moment the retry would have gone out
      expect(await hits(target)).to.equal(1);
    });

    it('503 then OK resolves after one retry', async () => {
      const target = fault('503-then-ok');
      const feed = await loadFeed(target.url);
      expect(feed.title).to.equal(DEFAULT_TITLE);
      expect(await hits(target)).to.equal(2);
    });
  });

  describe('transport faults', () => {
    it('a reply slower than the timeout → kind timeout, soon after the timeout', async () => {
      const target = fault('slow', { ms: 2000 });
      const start = performance.now();
      const error = await feedError(loadFeed(target.url, { timeout: 300, retries: 0 }));
      const elapsed = performance.now() - start;
      expect(error.kind).to.equal('timeout');
      expect(elapsed).to.be.within(250, 1500);
      expect(await hits(target)).to.equal(1);
    });

    it('a connection reset → kind network', async () => {
      const target = fault('reset');
      const error = await feedError(loadFeed(target.url, { retries: 0 }));
      expect(error.kind).to.equal('network');
      expect(error.url).to.equal(absolute(target.url));
    });

    it('a truncated body → kind parse, not retried', async () => {
      const target = fault('truncated');
      const error = await feedError(loadFeed(target.url));
      expect(error.kind).to.equal('parse');
      expect(await hits(target)).to.equal(1);
    });

    it('a redirect is followed', async () => {
      const target = fault('redirect');
      const feed = await loadFeed(target.url);
      expect(feed.title).to.equal('Sau chuyển hướng');
      expect(await hits(target)).to.equal(1);
    });

    it('a cross-origin redirect without CORS headers → kind cors, naming the header, not retried', async () => {
      const target = fault('cors');
      const warnings = await captureWarnings(async () => {
        const error = await feedError(loadFeed(target.url));
        expect(error.kind).to.equal('cors');
        expect(error.url).to.equal(absolute(target.url));
        expect(error.message).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
        expect(error.message).to.contain('docs/feeds-from-other-sites.md');
      });
      expect(warnings.some((line) => line.includes('Access-Control-Allow-Origin'))).to.equal(true);
      // The request, then the no-cors probe that found the server reachable; no retry.
      expect(await hits(target)).to.equal(2);
    });

    it('404, 410 and a page that is not a feed are not retried', async () => {
      for (const scenario of ['404', 'html-200']) {
        const target = fault(scenario);
        await feedError(loadFeed(target.url, { retries: 2 }));
        expect(await hits(target), scenario).to.equal(1);
      }
    });
  });

  describe('abort', () => {
    it('an already aborted signal rejects at once with AbortError and makes no request', async () => {
      const target = fault('ok');
      const error = await rejection(loadFeed(target.url, { signal: AbortSignal.abort() }));
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(await hits(target)).to.equal(0);
    });

    it('aborting mid-load rejects with a DOMException named AbortError, before the server answers', async () => {
      const target = fault('slow', { ms: 1500 });
      // The same slow answer, not aborted: the abort must win the race against it (an order of
      // events, not a time, so a loaded machine cannot make it fail or pass wrongly).
      const twin = fault('slow', { ms: 1500 });
      const controller = new AbortController();
      const pending = loadFeed(target.url, { signal: controller.signal });
      const answered = loadFeed(twin.url).then(() => 'the server answered');
      await untilHits(target, 1);
      controller.abort();
      const first = await Promise.race([rejection(pending).then(() => 'aborted'), answered]);
      expect(first).to.equal('aborted');
      const error = await rejection(pending);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      await answered;
    });

    it('when the only caller aborts, the shared request is aborted; the next call starts afresh', async () => {
      const target = fault('slow', { ms: 600 });
      const calls = spyFetch();
      const controller = new AbortController();
      const first = loadFeed(target.url, { signal: controller.signal });
      await untilHits(target, 1);
      controller.abort();
      expect(((await rejection(first)) as DOMException).name).to.equal('AbortError');
      expect(calls).to.have.length(1);
      expect(calls[0]!.signal?.aborted).to.equal(true);
      await until(() => calls[0]!.failure, 1000, 'the aborted fetch to reject');
      expect((calls[0]!.failure as DOMException).name).to.equal('AbortError');

      const feed = await loadFeed(target.url);
      expect(feed.title).to.equal(DEFAULT_TITLE);
      expect(calls).to.have.length(2);
      expect(await hits(target)).to.equal(2);
    });

    it('one of two callers aborting leaves the shared request running for the other', async () => {
      const target = fault('slow', { ms: 400 });
      const calls = spyFetch();
      const controller = new AbortController();
      const leaving = loadFeed(target.url, { signal: controller.signal });
      const staying = loadFeed(target.url);
      await untilHits(target, 1);
      controller.abort();
      expect(((await rejection(leaving)) as DOMException).name).to.equal('AbortError');
      expect(calls[0]!.signal?.aborted).to.equal(false);
      expect((await staying).title).to.equal(DEFAULT_TITLE);
      expect(calls).to.have.length(1);
      expect(await hits(target)).to.equal(1);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The same faults through an element: what a portal visitor sees, and what the host page hears.

const itemTexts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

interface Listed {
  readonly el: TinList;
  readonly errors: TinErrorDetail[];
  readonly loads: TinLoadDetail[];
}

async function list(src: string, options: { timeout?: number; refreshInterval?: number } = {}): Promise<Listed> {
  const errors: TinErrorDetail[] = [];
  const loads: TinLoadDetail[] = [];
  const el = await fixture<TinList>(html`<tin-list src=${src} timeout=${ifDefined(options.timeout)}
    refresh-interval=${ifDefined(options.refreshInterval)}
    @tin-error=${(event: TinErrorEvent) => errors.push(event.detail)}
    @tin-load=${(event: TinLoadEvent) => loads.push(event.detail)}></tin-list>`);
  return { el, errors, loads };
}

const errorBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');

interface Failure {
  readonly scenario: string;
  readonly params?: Record<string, string | number>;
  /** The element's timeout attribute, in seconds. */
  readonly timeout?: number;
  readonly kind: FeedError['kind'];
  readonly status?: number;
  readonly message: string;
  /** Requests the element makes (default retries: 2 for network, timeout and 5xx). */
  readonly hits?: number;
  /** Whether "Thử lại" is offered: only where asking again can help. */
  readonly retry: boolean;
}

const FAILURES: readonly Failure[] = [
  { scenario: '404', kind: 'http', status: 404, message: MESSAGES.http404, hits: 1, retry: false },
  { scenario: '500', kind: 'http', status: 500, message: MESSAGES.http500, hits: 3, retry: true },
  { scenario: 'html-200', kind: 'parse', message: MESSAGES.parse, hits: 1, retry: false },
  {
    scenario: 'slow',
    params: { ms: 2000 },
    timeout: 0.3,
    kind: 'timeout',
    message: MESSAGES.timeout,
    hits: 3,
    retry: true,
  },
  // A reset may be retried by Chrome itself on a reused keep-alive socket: no exact hit count.
  { scenario: 'reset', kind: 'network', message: MESSAGES.network, retry: true },
  { scenario: 'truncated', kind: 'parse', message: MESSAGES.parse, hits: 1, retry: false },
  // The request and the no-cors probe that tells CORS from an unreachable server.
  { scenario: 'cors', kind: 'cors', message: MESSAGES.cors, hits: 2, retry: false },
];

describe('<tin-list src> under fetch faults', () => {
  beforeEach(freshCaches);

  it('a good feed fires one tin-load with the feed and its absolute URL', async () => {
    const target = fault('ok', { title: 'Tin tỉnh' });
    const { el, errors, loads } = await list(target.url);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'), 4000, 'items');
    expect(itemTexts(el)).to.deep.equal([ITEM_TEXT]);
    expect(loads).to.have.length(1);
    expect(loads[0]!.feed.title).to.equal('Tin tỉnh');
    expect(loads[0]!.url).to.equal(absolute(target.url));
    expect(errors).to.deep.equal([]);
    expect(errorBox(el)).to.equal(null);
  });

  for (const failure of FAILURES) {
    const label = `${failure.scenario}${failure.params ? `?${new URLSearchParams(failure.params as Record<string, string>)}` : ''}`;
    it(`${label} → an alert with the ${failure.kind}${failure.status ? ` ${failure.status}` : ''} message and exactly one tin-error`, async () => {
      const target = fault(failure.scenario, failure.params);
      const { el, errors, loads } = await list(target.url, { timeout: failure.timeout });
      const box = await until(() => errorBox(el), 8000, `the ${failure.scenario} error`);
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent!.replace(/\s+/g, ' ').trim()).to.contain(failure.message);
      expect(box.textContent).not.to.match(/nguồn tin|\d{3}/i);
      if (failure.retry) expect(box.querySelector('button')!.textContent!.trim()).to.equal('Thử lại');
      else expect(box.querySelector('button')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="item"]')).to.equal(null);
      // Nothing else may follow. The failure's tin-error is dispatched, and its request settled, in
      // the very task chain that draws the box (no poll, no retry after the last attempt): a task
      // later is past any duplicate of it.
      await sleep(150);
      expect(errors).to.have.length(1);
      expect(errors[0]!.kind).to.equal(failure.kind);
      expect(errors[0]!.status).to.equal(failure.status);
      expect(errors[0]!.url).to.equal(absolute(target.url));
      expect(errors[0]!.stale).to.equal(false);
      expect(errors[0]!.message).to.be.a('string').and.not.equal('');
      expect(loads).to.deep.equal([]);
      if (failure.hits !== undefined) expect(await hits(target)).to.equal(failure.hits);
    });
  }

  it('"Thử lại" loads the feed once the server recovers', async () => {
    // fail-then-ok?fails=3: the element's three attempts (retries: 2) fail, the fourth succeeds.
    const target = fault('fail-then-ok', { fails: 3, title: 'Đã khôi phục' });
    const { el, errors, loads } = await list(target.url);
    const box = await until(() => errorBox(el), 8000, 'the 500 error');
    expect(shadowText(el)).to.contain(MESSAGES.http500);
    expect(errors).to.have.length(1);
    expect(await hits(target)).to.equal(3);
    box.querySelector('button')!.click();
    await until(() => el.shadowRoot!.querySelector('[part="item"]'), 4000, 'items after retry');
    expect(itemTexts(el)).to.deep.equal([ITEM_TEXT]);
    expect(errorBox(el)).to.equal(null);
    expect(loads).to.have.length(1);
    expect(loads[0]!.feed.title).to.equal('Đã khôi phục');
    expect(errors).to.have.length(1);
    expect(await hits(target)).to.equal(4);
  });

  it('src changed mid-load: the new feed shows, the slow one is aborted and never replaces it', async () => {
    const slow = fault('slow', { ms: 800 });
    const calls = spyFetch();
    const { el, loads, errors } = await list(slow.url);
    await untilHits(slow, 1);
    const fresh = feedUrl(manyItemsFeed(2, 'Tin mới'));
    el.src = fresh;
    await until(() => itemTexts(el).length === 2, 4000, 'the new feed');
    expect(itemTexts(el)).to.deep.equal(['Tin mới 1 (20/11/2026)', 'Tin mới 2 (19/11/2026)']);
    // Nobody else wanted the slow feed: its request was aborted.
    expect(calls[0]!.url).to.equal(absolute(slow.url));
    expect(calls[0]!.signal?.aborted).to.equal(true);
    await sleep(1000); // past the moment the slow reply would have come
    expect(itemTexts(el)).to.deep.equal(['Tin mới 1 (20/11/2026)', 'Tin mới 2 (19/11/2026)']);
    expect(peekFeed(slow.url)).to.equal(undefined);
    expect(loads.map((detail) => detail.url)).to.deep.equal([fresh]);
    expect(errors).to.deep.equal([]);
  });

  it('src changed mid-load: a late reply that does arrive (another caller kept it alive) is ignored', async () => {
    const slow = fault('slow', { ms: 600 });
    const { el, loads } = await list(slow.url);
    await untilHits(slow, 1);
    const keptAlive: Promise<Feed> = loadFeed(slow.url); // joins the element's request
    const fresh = feedUrl(manyItemsFeed(2, 'Tin mới'));
    el.src = fresh;
    await until(() => itemTexts(el).length === 2, 4000, 'the new feed');
    const late = await keptAlive; // the slow reply arrives…
    expect(late.title).to.equal(DEFAULT_TITLE);
    // Anything the element did with that reply would follow from the same shared request, in the
    // microtasks right after keptAlive's: a task later is past it.
    await sleep(100);
    // …and the element still shows the feed it was asked for last.
    expect(itemTexts(el)).to.deep.equal(['Tin mới 1 (20/11/2026)', 'Tin mới 2 (19/11/2026)']);
    expect(loads.map((detail) => detail.url)).to.deep.equal([fresh]);
    expect(await hits(slow)).to.equal(1);
  });

  it('a refresh that fails keeps the items, adds the stale note and fires tin-error with stale: true', async () => {
    // ok-then-500: the first request succeeds, every later one answers 500.
    const target = fault('ok-then-500', { title: 'Trước khi hỏng' });
    const { el, errors, loads } = await list(target.url, { refreshInterval: 60 });
    await until(() => el.shadowRoot!.querySelector('[part="item"]'), 4000, 'items');
    expect(loads).to.have.length(1);
    // The controller polls at most every 5 s; rather than wait, trigger the same refresh path.
    el.reload();
    const note = await until(
      () => el.shadowRoot!.querySelector<HTMLElement>('[part="stale-note"]'),
      8000,
      'the stale note',
    );
    expect(note.textContent!.trim()).to.equal(MESSAGES.stale);
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.getAttribute('title')).to.equal(MESSAGES.http500);
    expect(itemTexts(el)).to.deep.equal([ITEM_TEXT]);
    expect(errorBox(el)).to.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]!.stale).to.equal(true);
    expect(errors[0]!.kind).to.equal('http');
    expect(errors[0]!.status).to.equal(500);
    expect(errors[0]!.url).to.equal(absolute(target.url));
    expect(loads).to.have.length(1);
    expect(await hits(target)).to.equal(4); // 1 good load + 3 failed attempts of the refresh
  });
});

// Last on purpose: mocha runs suites in order, so this sees every test above.
describe('after every fault above', () => {
  it('nothing escaped as an unhandled rejection or a window error', async () => {
    await sleep(50); // let any late rejection surface
    expect(escaped).to.deep.equal([]);
  });
});
