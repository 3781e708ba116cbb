import { expect } from '@open-wc/testing';
import { clearFeedCache } from '../src/feed/loader.js';

/**
 * Waits until `check` returns a truthy value, or fails after `timeout` ms. Polls with timers, not
 * animation frames: tests run in parallel pages, and background pages get no frames.
 */
export async function until<T>(
  check: () => T | Promise<T>,
  timeout = 4000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    // Awaited: an async check's promise is always truthy, and would end the wait unchecked.
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Whether `tag` is defined in `win` (a test page's frame). Assert on this, not on the class: a
 * failing assertion that holds another frame's class stalls the test runner's report.
 */
/**
 * Resolves once the loader's sessionStorage write has had its turn: it runs in a task after the
 * next painted frame (src/internal/after-paint.ts), queued before this one, or after its fallback
 * timer in a tab that paints no frame.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, 400);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve())));
  });

export const defined = (win: Window, tag: string): boolean => win.customElements.get(tag) !== undefined;

/** Visible text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Starts each test with empty caches, so a URL fetched by one test is not served to the next. */
export function freshCaches(): void {
  clearFeedCache();
}

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** The visible text of each `[part="item"]` of a list, whitespace collapsed. */
export const itemTexts = (list: Element): string[] =>
  [...list.shadowRoot!.querySelectorAll('[part="item"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Clicks an article link in `list` the way a visitor does; reports whether the click's default was prevented. */
export function clickLink(list: Element, index: number): boolean {
  const link = list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')[index]!;
  let prevented: boolean | undefined;
  const seen = (event: Event) => (prevented = event.defaultPrevented);
  window.addEventListener('click', seen, { once: true });
  link.click();
  window.removeEventListener('click', seen);
  expect(prevented, 'the click reached window').to.be.a('boolean');
  return prevented!;
}

/**
 * Clicks `link` the way a visitor does and reports whether the page cancelled the click's default
 * (following the link). The test page stays put either way: a navigation to another document only
 * shows in `location` once it has already replaced the page, so `location.href` after `click()`
 * proves nothing; the cancellation, decided by the end of the dispatch, does.
 */
export function clickStayingHere(link: HTMLElement): boolean {
  let prevented: boolean | undefined;
  const seen = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', seen, { once: true });
  link.click();
  window.removeEventListener('click', seen);
  expect(prevented, 'the click reached window').to.be.a('boolean');
  return prevented!;
}

/** Drops the URL hash a test's deep link left behind. */
export const resetHash = (): void => history.replaceState(history.state, '', location.pathname + location.search);

/**
 * Loads `path` in an iframe of the given size and resolves once its load event fired; the frame's
 * window also records uncaught errors and unhandled rejections from then on.
 */
export async function openFrame<W extends Window = Window & typeof globalThis>(
  path: string,
  { width = 1000, height = 800 } = {},
): Promise<{ frame: HTMLIFrameElement; win: W; doc: Document; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as W;
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String((event as ErrorEvent).message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String((event as PromiseRejectionEvent).reason)));
  return { frame, win, doc: frame.contentDocument!, errors };
}

/** A portal page holding only `snippet` (what a webmaster pastes), in a frame at a real address. */
export async function paste(snippet: string, size = 'width: 1000px; height: 800px'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `${size}; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/pages/snippet/blank.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="vi"><body>${snippet}</body></html>`);
  doc.close();
  return frame;
}

/**
 * Resolves once every image under `root` (open shadow roots included) has loaded or failed and its
 * load/error event has been dispatched: by then an `onerror` or `onload` that got through has run.
 * Lazy images are made eager first, so one out of view (or in a background tab, which gets no
 * frames) still gets its chance to fail. The events of an image are queued on the DOM
 * manipulation task source as it completes; a control image started after every one of them
 * completed queues its event on that same source later, so once the control's fired, theirs did.
 */
export async function imagesSettled(root: ParentNode, timeout = 8000): Promise<void> {
  const images: HTMLImageElement[] = [];
  const collect = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLImageElement) images.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(root);
  for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
  await until(() => images.every((img) => img.complete), timeout, `${images.length} images to load or fail`);
  await new Promise((resolve) => {
    const control = new Image();
    control.onload = control.onerror = resolve;
    control.src = 'data:,not-an-image';
  });
}
