/**
 * The item-collection rules every parser shares: each item is read inside its own guard, so one
 * item that trips a reader costs only itself; a repeated id keeps the first; text in a legacy
 * Vietnamese encoding is flagged. Warnings are summarised per reason when the feed is done, so a
 * feed of 100,000 broken items says so in a line, not in 100,000.
 */
import { type Article, type WarnFn, markNormalized } from './model.js';
import type { DiagnosticFn, SkipReason } from './parse-options.js';

type Encoding = 'TCVN3' | 'VNI';
import type { LegacyText } from './text.js';

/** How many item numbers and example values a summary line names. */
const EXAMPLES = 5;

/** Items that share one reason: how many, and the first few numbers and details (ids). */
interface Tally {
  count: number;
  readonly items: number[];
  readonly details: string[];
}

const firstFew = (values: readonly (number | string)[], count: number) =>
  `${values.join(', ')}${count > values.length ? ', …' : ''}`;

class ItemCollector<T> {
  readonly items: Article[] = [];
  private readonly seen = new Set<string>();
  /** Why items were skipped, and which legacy encodings were seen (keyed "!TCVN3"). */
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly read: Read<T>,
    private readonly warn: WarnFn,
    private readonly legacyText: LegacyText | undefined,
    private readonly decode?: Decode,
    private readonly diagnose?: DiagnosticFn,
  ) {}

  add(raw: T, index: number): void {
    // Outside the guard: an item that is not even valid JSON makes the whole text invalid JSON,
    // which the large-feed reader reports as the parse error a whole JSON.parse would give.
    const value = this.decode ? (this.decode(raw) as T) : raw;
    let item: Article | SkipReason;
    try {
      item = this.read(value);
    } catch (error) {
      // A reader bug or a value no reader foresaw: the item is lost, never the feed.
      item = `could not be read (${String((error as Error | undefined)?.name ?? error)})`;
    }
    if (typeof item === 'string') {
      this.tally(item, index);
    } else if (this.seen.has(item.id)) {
      this.tally('duplicate id', index, item.id);
    } else {
      this.seen.add(item.id);
      // Recorded as in shape, so an element handed this article (a grid's card) shows it as it is.
      this.items.push(markNormalized(item));
      const legacy = this.legacyText?.detectLegacyEncoding(`${item.title} ${item.summary ?? ''}`);
      if (legacy) this.tally(`!${legacy}`, index, item.id);
    }
  }

  private tally(reason: SkipReason | `!${Encoding}`, index: number, detail?: string): void {
    this.diagnose?.(
      reason[0] === '!'
        ? { kind: 'legacy-encoding', item: index, id: detail!, encoding: reason.slice(1) as Encoding }
        : { kind: 'skipped', item: index, reason: reason as SkipReason, id: detail },
    );
    let entry = this.tallies.get(reason);
    if (!entry) this.tallies.set(reason, (entry = { count: 0, items: [], details: [] }));
    entry.count++;
    if (entry.items.length < EXAMPLES) entry.items.push(index);
    if (detail !== undefined && entry.details.length < EXAMPLES) entry.details.push(`"${detail.slice(0, 80)}"`);
  }

  /** Reports what was skipped or suspicious: one line per reason, however many items share it. */
  finish(): Article[] {
    for (const [reason, { count, items, details }] of this.tallies) {
      const one = count === 1;
      const which = one ? `${items[0]}` : `${count} items (${firstFew(items, count)})`;
      const ids = one ? details[0] : `(${firstFew(details, count)})`;
      this.warn(
        reason[0] === '!'
          ? `${one ? `Item ${which} (${ids}) looks` : `${which} look`} like ${reason.slice(1)}-encoded text, not Unicode; ask the publisher to convert ${one ? 'it' : 'them'}.`
          : `Skipped ${one ? `item ${which}` : which}: ${reason}${details.length ? ` ${ids}` : ''}.`,
      );
    }
    return this.items;
  }
}

export type Decode = (raw: unknown) => unknown;
/** Reads one raw item: the article, or why it cannot be shown. */
export type Read<T> = (value: T) => Article | SkipReason;

export function collectItems<T>(
  raw: readonly T[],
  read: Read<T>,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  decode?: Decode,
  diagnose?: DiagnosticFn,
): Article[] {
  const collector = new ItemCollector(read, warn, legacyText, decode, diagnose);
  raw.forEach((value, index) => collector.add(value, index));
  return collector.finish();
}

const CHUNK = 200;
const SLICE_MS = 8;

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
  read: Read<T>,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  decode?: Decode,
  diagnose?: DiagnosticFn,
): Promise<Article[]> {
  const collector = chunkedCollector(read, warn, legacyText, decode, diagnose);
  await collector.add(raw);
  return collector.finish();
}

/**
 * The collector behind `collectItemsInChunks`, fed a batch at a time: a parser that produces the
 * raw items in slices (large XML) reads each slice's items before parsing the next.
 */
export function chunkedCollector<T>(
  read: Read<T>,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  decode?: Decode,
  diagnose?: DiagnosticFn,
) {
  const collector = new ItemCollector(read, warn, legacyText, decode, diagnose);
  let index = 0;
  let since = performance.now();
  return {
    async add(raw: readonly T[]): Promise<void> {
      for (const value of raw) {
        // Every CHUNK items, or sooner when items are huge (a 100,000-character field takes
        // milliseconds to clean): a task stays short whatever the feed's shape.
        if (index && (index % CHUNK === 0 || performance.now() - since > SLICE_MS)) {
          await yieldToPage();
          since = performance.now();
        }
        collector.add(value, index++);
      }
    },
    async finish(): Promise<Article[]> {
      // The elements render in the task after the last chunk, not on top of it.
      if (index > CHUNK) await yieldToPage();
      return collector.finish();
    },
  };
}
