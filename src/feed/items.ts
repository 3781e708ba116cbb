/**
 * The item-collection rules every parser shares: an item a reader returns as a reason string is
 * skipped with one warning naming its index; a repeated id keeps the first; text in a legacy
 * Vietnamese encoding is flagged.
 */
import type { Article, WarnFn } from './model.js';
import { detectLegacy } from './text.js';

class ItemCollector<T> {
  readonly items: Article[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly read: (value: T) => Article | string,
    private readonly warn: WarnFn,
  ) {}

  add(value: T, index: number): void {
    const item = this.read(value);
    if (typeof item === 'string') {
      this.warn(`Skipped item ${index}: ${item}.`);
    } else if (this.seen.has(item.id)) {
      this.warn(`Skipped item ${index}: duplicate id "${item.id.slice(0, 80)}".`);
    } else {
      this.seen.add(item.id);
      this.items.push(item);
      const legacy = detectLegacy(`${item.title} ${item.summary ?? ''}`);
      if (legacy) this.warn(`Item ${index} ("${item.id.slice(0, 80)}") looks like ${legacy}-encoded text, not Unicode; ask the publisher to convert it.`);
    }
  }
}

export function collectItems<T>(raw: readonly T[], read: (value: T) => Article | string, warn: WarnFn): Article[] {
  const collector = new ItemCollector(read, warn);
  raw.forEach((value, index) => collector.add(value, index));
  return collector.items;
}

const CHUNK = 200;

/** Gives the page a turn between chunks of work (scheduler.yield where the browser has it). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * `collectItems` in chunks that yield to the page: normalising 10,000 items takes a quarter of a
 * second, which must not be one long task on a portal's main thread.
 */
export async function collectItemsInChunks<T>(raw: readonly T[], read: (value: T) => Article | string, warn: WarnFn): Promise<Article[]> {
  const collector = new ItemCollector(read, warn);
  for (let index = 0; index < raw.length; index++) {
    if (index && index % CHUNK === 0) await yieldToPage();
    collector.add(raw[index]!, index);
  }
  // The elements render in the task after the last chunk, not on top of it.
  if (raw.length > CHUNK) await yieldToPage();
  return collector.items;
}
