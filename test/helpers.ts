import { clearFeedCache } from '../src/feed/loader.js';

/**
 * Waits until `check` returns a truthy value, or fails after `timeout` ms. Polls with timers, not
 * animation frames: tests run in parallel pages, and background pages get no frames.
 */
export async function until<T>(check: () => T, timeout = 4000, what = 'condition'): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

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
