// Connect/disconnect churn: a portal's SPA shell, a tab component or a carousel attaches and
// detaches widgets all the time. 200 cycles of each element, with its feed request still in flight
// at every disconnect, must leave nothing behind: no interval, no window/document listener, no
// pending fetch (the abort has to reach the network), no long timer. And an element put back
// afterwards must still finish loading.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { feedUrl, manyItemsFeed } from '../fixtures/feeds.js';
import { freshCaches } from '../helpers.js';

// The test's own timers bypass the shims, so only the library's show up in the counts.
const realSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

async function waitFor<T>(check: () => T, what: string | (() => string), timeout = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout)
      throw new Error(`Timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(10);
  }
}

interface Registration {
  readonly target: string;
  readonly type: string;
  readonly listener: EventListenerOrEventListenerObject;
  readonly capture: boolean;
}

interface Tracker {
  /** setInterval ids not cleared yet. */
  readonly intervals: Set<number>;
  /** setTimeout ids neither fired nor cleared yet, with their delay. */
  readonly timeouts: Map<number, number>;
  /** Listeners added to window/document through the shims and not removed since. */
  readonly listeners: Registration[];
  addedListeners: number;
  fetchesStarted: number;
  /** The URL of every request started, in order. */
  readonly fetchedUrls: string[];
  fetchesInFlight: number;
  fetchesAborted: number;
  restore(): void;
}

/** Counting shims over timers, window/document listeners and fetch; `restore()` undoes them. */
function installShims(): Tracker {
  const undo: (() => void)[] = [];
  const tracker: Tracker = {
    intervals: new Set(),
    timeouts: new Map(),
    listeners: [],
    addedListeners: 0,
    fetchesStarted: 0,
    fetchedUrls: [],
    fetchesInFlight: 0,
    fetchesAborted: 0,
    restore: () =>
      undo
        .splice(0)
        .reverse()
        .forEach((step) => step()),
  };

  function replace<T extends object, K extends keyof T>(target: T, name: K, value: T[K]): void {
    const own = Object.getOwnPropertyDescriptor(target, name);
    (target as Record<K, unknown>)[name] = value;
    undo.push(() => {
      if (own) Object.defineProperty(target, name, own);
      else delete (target as Record<K, unknown>)[name];
    });
  }

  // window's own timer signatures (number ids), not the Node ones @types/node merges in.
  type Timer = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
  type Clear = (id?: number) => void;
  const st = window.setTimeout as unknown as Timer;
  const si = window.setInterval as unknown as Timer;
  const ct = window.clearTimeout as unknown as Clear;
  const ci = window.clearInterval as unknown as Clear;
  const originalFetch = window.fetch;
  replace(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    let id = 0;
    const run: TimerHandler =
      typeof handler === 'function'
        ? (...params: unknown[]) => {
            tracker.timeouts.delete(id);
            (handler as (...p: unknown[]) => void)(...params);
          }
        : handler;
    id = st.call(window, run, delay, ...args);
    tracker.timeouts.set(id, delay ?? 0);
    return id;
  }) as unknown as typeof window.setTimeout);
  replace(window, 'setInterval', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = si.call(window, handler, delay, ...args);
    tracker.intervals.add(id);
    return id;
  }) as unknown as typeof window.setInterval);
  // The two clear functions share one id space in browsers: either clears either kind.
  const clear = (id: number | undefined) => {
    if (id === undefined) return;
    tracker.timeouts.delete(id);
    tracker.intervals.delete(id);
  };
  replace(
    window,
    'clearTimeout',
    ((id?: number) => (clear(id), ct.call(window, id))) as unknown as typeof window.clearTimeout,
  );
  replace(
    window,
    'clearInterval',
    ((id?: number) => (clear(id), ci.call(window, id))) as unknown as typeof window.clearInterval,
  );

  const capture = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : !!options?.capture;
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add: EventTarget['addEventListener'] = target.addEventListener;
    const remove: EventTarget['removeEventListener'] = target.removeEventListener;
    replace(
      target as EventTarget,
      'addEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (listener) {
          tracker.addedListeners++;
          const known = tracker.listeners.some(
            (r) => r.target === name && r.type === type && r.listener === listener && r.capture === capture(options),
          );
          // Adding the same (type, listener, capture) twice is a no-op in the DOM, so here too.
          if (!known) tracker.listeners.push({ target: name, type, listener, capture: capture(options) });
        }
        add.call(this, type, listener, options);
      },
    );
    replace(
      target as EventTarget,
      'removeEventListener',
      function (
        this: EventTarget,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        const index = tracker.listeners.findIndex(
          (r) => r.target === name && r.type === type && r.listener === listener && r.capture === capture(options),
        );
        if (index >= 0) tracker.listeners.splice(index, 1);
        remove.call(this, type, listener, options);
      },
    );
  }

  replace(window, 'fetch', ((input: RequestInfo | URL, init?: RequestInit) => {
    tracker.fetchesStarted++;
    tracker.fetchedUrls.push(input instanceof Request ? input.url : String(input));
    tracker.fetchesInFlight++;
    return originalFetch.call(window, input, init).then(
      (response) => {
        tracker.fetchesInFlight--;
        return response;
      },
      (error: unknown) => {
        tracker.fetchesInFlight--;
        if (error instanceof DOMException && error.name === 'AbortError') tracker.fetchesAborted++;
        throw error;
      },
    );
  }) as typeof window.fetch);

  return tracker;
}

let unique = 0;
/** A feed the fault server answers after `ms`: long enough that every disconnect finds it in flight. */
const slowFeed = (ms: number) => `/__fault/slow?ms=${ms}&id=lifecycle-${Date.now().toString(36)}-${++unique}`;

interface Case {
  readonly tag: 'tin-card' | 'tin-list' | 'tin-article' | 'tin-feed';
  readonly attributes?: Record<string, string>;
  /** Whether the element shows the loaded feed (item "Bản tin số 1", id "1"). */
  readonly loaded: (el: HTMLElement) => boolean;
}

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

const CASES: readonly Case[] = [
  {
    tag: 'tin-card',
    attributes: { 'item-id': '1' },
    // The fault server's item has no url, so the title is plain text rather than a link.
    loaded: (el) => text(el.shadowRoot!.querySelector('[part="title"]')) === 'Bản tin số 1',
  },
  {
    tag: 'tin-list',
    loaded: (el) => text(el.shadowRoot!.querySelector('[part="item"]'))?.startsWith('Bản tin số 1') ?? false,
  },
  {
    tag: 'tin-article',
    attributes: { 'item-id': '1' },
    loaded: (el) => text(el.shadowRoot!.querySelector('h1')) === 'Bản tin số 1',
  },
  {
    tag: 'tin-feed',
    loaded: (el) => {
      const card = el.shadowRoot!.querySelector<HTMLElement & { article?: { title: string } }>(
        '[part="grid"] tin-card',
      );
      return card?.article?.title === 'Bản tin số 1';
    },
  },
];

const CYCLES = 200;

function create(item: Case, src: string): LitElement {
  const el = document.createElement(item.tag) as LitElement;
  el.setAttribute('src', src);
  // A refresh interval makes every connect schedule a poll, so a leaked interval would show.
  el.setAttribute('refresh-interval', '30');
  for (const [name, value] of Object.entries(item.attributes ?? {})) el.setAttribute(name, value);
  return el;
}

function expectNothingLeft(tracker: Tracker): void {
  expect([...tracker.intervals], 'live intervals').to.deep.equal([]);
  expect(
    tracker.listeners.map((r) => `${r.target}:${r.type}`),
    'window/document listeners added and not removed',
  ).to.deep.equal([]);
  expect(tracker.fetchesInFlight, 'fetches in flight').to.equal(0);
  // The loader's per-attempt timeout (10 s) and retry back-off are the library's only long timers.
  expect(
    [...tracker.timeouts.values()].filter((delay) => delay >= 1000),
    'pending timers of 1 s or more',
  ).to.deep.equal([]);
  expect(document.head.querySelectorAll('script[data-tin-widgets]'), 'JSON-LD left in <head>').to.have.length(0);
}

/**
 * Waits until the library has no timer pending and no request in flight (the shims see both), and
 * a task more for what they set off. A detached element's own work ends in those: any later step
 * of it (a poll restarted, a listener added back) would have been taken by then.
 */
async function settled(t: Tracker, what: string): Promise<void> {
  await waitFor(
    () => t.timeouts.size === 0 && t.fetchesInFlight === 0,
    () =>
      `${what} to settle; pending timers ${JSON.stringify([...t.timeouts.values()])}, fetches in flight ${t.fetchesInFlight}`,
  );
  await sleep(0);
}

/** The requests started for `src` (a relative URL, as given to the element). */
const fetchesOf = (t: Tracker, src: string) => t.fetchedUrls.filter((url) => url.endsWith(src));

describe('connect/disconnect churn leaves nothing behind', () => {
  let tracker: Tracker | undefined;
  beforeEach(freshCaches);
  afterEach(() => {
    tracker?.restore();
    tracker = undefined;
  });

  for (const item of CASES) {
    it(`<${item.tag}>: ${CYCLES} cycles with a request in flight, then re-attached it finishes loading`, async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const el = create(item, slowFeed(400));
      tracker = installShims();
      const t = tracker;

      for (let i = 0; i < CYCLES; i++) {
        host.append(el);
        await el.updateComplete;
        // Now and then let the request actually reach the server before pulling the element out.
        if (i % 10 === 0) await sleep(5);
        expect(t.fetchesInFlight, `a request in flight at disconnect ${i + 1}`).to.be.greaterThan(0);
        el.remove();
      }
      expect(t.fetchesStarted, 'one request per connect').to.equal(CYCLES);

      host.append(el);
      await waitFor(
        () => item.loaded(el),
        () =>
          `<${item.tag}> to show the feed after re-attaching; it shows "${text(el.shadowRoot!)}", fetches started ${t.fetchesStarted}, in flight ${t.fetchesInFlight}`,
      );
      expect(t.intervals.size, 'the refresh poll runs while attached').to.equal(1);
      el.remove();
      await settled(t, `<${item.tag}> removed`);

      expect(t.fetchesAborted, 'every disconnect aborted its request').to.equal(CYCLES);
      expect(t.fetchesStarted).to.equal(CYCLES + 1);
      // <tin-feed> follows the URL (popstate + hashchange on window): proof the shims see listeners.
      if (item.tag === 'tin-feed') expect(t.addedListeners, 'window listeners added').to.be.at.least(2 * (CYCLES + 1));
      expectNothingLeft(t);
    });
  }

  it('src changed while detached: no request until re-attached, then the new feed', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const el = create(CASES[1]!, slowFeed(100)) as LitElement & { src: string };
    host.append(el);
    await waitFor(() => CASES[1]!.loaded(el), 'the first feed');
    el.remove();
    tracker = installShims();
    const t = tracker;
    // A control attached at the same moment: once its request is out, the detached element's
    // would have been too.
    const controlSrc = slowFeed(100);
    host.append(create(CASES[1]!, controlSrc));
    el.src = feedUrl(manyItemsFeed(1, 'Tin sau'));
    await el.updateComplete;
    await waitFor(() => fetchesOf(t, controlSrc).length, 'the attached control to request its feed');
    expect(t.fetchesStarted, 'requests started while detached (besides the control)').to.equal(1);
    host.lastElementChild!.remove();
    await settled(t, 'the control removed');
    host.append(el);
    await waitFor(
      () => text(el.shadowRoot!.querySelector('[part="item"]'))?.startsWith('Tin sau 1'),
      'the new feed after re-attaching',
    );
    expect(t.fetchesStarted, 'the control, then the element re-attached').to.equal(2);
    el.remove();
    await settled(t, 'the element removed');
    expectNothingLeft(t);
  });

  for (const item of CASES) {
    it(`<${item.tag}>: ${CYCLES} synchronous attach/detach cycles (removed before it ever rendered) start no request`, async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const el = create(item, slowFeed(2000));
      // A control attached at the same moment: once its request is out, the detached element's
      // would have been too.
      const controlSrc = slowFeed(2000);
      const control = create(item, controlSrc);
      tracker = installShims();
      const t = tracker;

      for (let i = 0; i < CYCLES; i++) {
        host.append(el);
        el.remove();
      }
      host.append(control);
      await el.updateComplete; // Lit still runs the first update, detached
      await waitFor(() => fetchesOf(t, controlSrc).length, `the attached control <${item.tag}> to request its feed`);
      expect(t.fetchesStarted, 'requests started by a detached element (besides the control)').to.equal(1);
      control.remove();
      await settled(t, `<${item.tag}> and its control detached`);
      expectNothingLeft(t);

      host.append(el);
      await waitFor(() => item.loaded(el), `<${item.tag}> to show the feed after re-attaching`, 6000);
      el.remove();
      await settled(t, `<${item.tag}> removed`);
      expectNothingLeft(t);
    });
  }
});
