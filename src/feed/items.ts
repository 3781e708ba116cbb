/**
 * The item-collection rules every parser shares: each item is read inside its own guard, so one
 * item that trips a reader costs only itself; a repeated id keeps the first; text in a legacy
 * Vietnamese encoding is flagged. Warnings are summarised per reason when the feed is done, so a
 * feed of 100,000 broken items says so in a line, not in 100,000.
 */
import type { Article, WarnFn } from './model.js';
import type { LegacyText } from './text.js';

/** How many item numbers and example values a summary line names. */
const EXAMPLES = 5;

/** Items that share one reason: how many, and the first few numbers and details. */
interface Tally {
  count: number;
  readonly indexes: number[];
  readonly details: string[];
}

const quoted = (value: string) => `"${value.slice(0, 80)}"`;

class ItemCollector<T> {
  readonly items: Article[] = [];
  private readonly seen = new Set<string>();
  private readonly skipped = new Map<string, Tally>();
  private readonly legacy = new Map<string, Tally>();

  constructor(
    private readonly read: (value: T) => Article | string,
    private readonly warn: WarnFn,
    private readonly legacyText: LegacyText | undefined,
    private readonly decode?: Decode,
  ) {}

  add(raw: T, index: number): void {
    // Outside the guard: an item that is not even valid JSON makes the whole text invalid JSON,
    // which the large-feed reader reports as the parse error a whole JSON.parse would give.
    const value = this.decode ? (this.decode(raw) as T) : raw;
    let item: Article | string;
    try {
      item = this.read(value);
    } catch (error) {
      // A reader bug or a value no reader foresaw: the item is lost, never the feed.
      item = `could not be read (${String((error as Error | undefined)?.name ?? error)})`;
    }
    if (typeof item === 'string') {
      tally(this.skipped, item, index);
    } else if (this.seen.has(item.id)) {
      tally(this.skipped, 'duplicate id', index, quoted(item.id));
    } else {
      this.seen.add(item.id);
      this.items.push(item);
      const legacy = this.legacyText?.detectLegacyEncoding(`${item.title} ${item.summary ?? ''}`);
      if (legacy) tally(this.legacy, legacy, index, quoted(item.id));
    }
  }

  /** Reports what was skipped or suspicious: one line per reason. */
  finish(): Article[] {
    for (const [reason, { count, indexes, details }] of this.skipped) {
      const what = details.length ? `${reason} ${count === 1 ? details[0] : `(${details.join(', ')}${count > details.length ? ', …' : ''})`}` : reason;
      this.warn(count === 1 ? `Skipped item ${indexes[0]}: ${what}.` : `Skipped ${count} items (${list(indexes, count)}): ${what}.`);
    }
    for (const [encoding, { count, indexes, details }] of this.legacy) {
      this.warn(
        count === 1
          ? `Item ${indexes[0]} (${details[0]}) looks like ${encoding}-encoded text, not Unicode; ask the publisher to convert it.`
          : `${count} items (${list(indexes, count)}) look like ${encoding}-encoded text, not Unicode; ask the publisher to convert them.`,
      );
    }
    return this.items;
  }
}

function tally(tallies: Map<string, Tally>, reason: string, index: number, detail?: string): void {
  let entry = tallies.get(reason);
  if (!entry) tallies.set(reason, (entry = { count: 0, indexes: [], details: [] }));
  entry.count++;
  if (entry.indexes.length < EXAMPLES) entry.indexes.push(index);
  if (detail !== undefined && entry.details.length < EXAMPLES) entry.details.push(detail);
}

const list = (indexes: readonly number[], count: number) => `${indexes.join(', ')}${count > indexes.length ? ', …' : ''}`;

/** Turns a raw `items` element into its JSON value (large feeds keep items as text until read). */
export type Decode = (raw: unknown) => unknown;

export function collectItems<T>(
  raw: readonly T[],
  read: (value: T) => Article | string,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  decode?: Decode,
): Article[] {
  const collector = new ItemCollector(read, warn, legacyText, decode);
  raw.forEach((value, index) => collector.add(value, index));
  return collector.finish();
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
export async function collectItemsInChunks<T>(
  raw: readonly T[],
  read: (value: T) => Article | string,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  decode?: Decode,
): Promise<Article[]> {
  const collector = new ItemCollector(read, warn, legacyText, decode);
  for (let index = 0; index < raw.length; index++) {
    if (index && index % CHUNK === 0) await yieldToPage();
    collector.add(raw[index]!, index);
  }
  // The elements render in the task after the last chunk, not on top of it.
  if (raw.length > CHUNK) await yieldToPage();
  return collector.finish();
}
