/**
 * Large feeds (a CMS exporting its whole archive: 10,000 items, 5 MB) without long tasks on the
 * portal's main thread. Three steps would each block for tens of milliseconds if done at once:
 * decoding the body (`response.text()` decodes megabytes in one go), `JSON.parse`, and normalising.
 * Here the body is decoded slice by slice; the JSON is split instead of parsed whole: a scan (in
 * slices) finds the top-level `items` array and each element's span, the rest of the document is
 * parsed with `items: []`, and each item's text is parsed only when it is normalised, inside the
 * chunked item loop. Loaded only for large responses.
 */
import { parseJsonFeedInChunks } from './json-feed.js';
import { yieldToPage } from './items.js';
import { type Feed, FeedError, type WarnFn } from './model.js';
import type { DiagnosticFn } from './parse-options.js';
import { type LegacyText, loadMarkupText } from './text.js';

/** A document whose `items` are still JSON text, one string per element. */
export interface SplitDocument {
  readonly document: Record<string, unknown>;
  readonly items: readonly string[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
/**
 * Characters scanned or tested between yields: a few milliseconds on a server core (a 1 M scan
 * slice took 11 ms on a busy one; the legacy hint takes 1.2 ms per 256 K), a few times that on a
 * phone. Not less: without `scheduler.yield` (WebKit) a yield is a timer, 4 ms once nested.
 */
export const SLICE = 512 * 1024;
/** Bytes decoded between yields. */
const BYTE_SLICE = 256 * 1024;
/** Longer than anything the patterns given to `testInSlices` match ("&Atilde;" is 8). */
const SEAM = 64;
/** Stands in for the items array when the rest of the document is parsed. */
const ITEMS_MARKER = '\u0000tin-widgets:items';

/** `response.text()` (UTF-8, byte order mark dropped) that yields to the page between slices. */
export async function readTextInSlices(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A local or fast server hands over megabytes per read; they are decoded a slice per task.
    for (let at = 0; at < value.length; at += BYTE_SLICE) {
      parts.push(decoder.decode(value.subarray(at, at + BYTE_SLICE), { stream: true }));
      await yieldToPage();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * `pattern.test(text)` a slice per task: the legacy-text hint tested on a 4.9 M-character feed at
 * once takes 12–18 ms on a server core (30 ms on a busy one). Slices overlap by `SEAM`
 * characters, so a match across a seam is found; `pattern` has no flags `g`/`y`, anchors or
 * lookaround, so a slice matches only where the whole text does.
 */
export async function testInSlices(pattern: RegExp, text: string): Promise<boolean> {
  for (let at = 0; ; at += SLICE) {
    if (pattern.test(text.slice(at, at + SLICE + SEAM))) return true;
    // A last slice within the seam of the end would only test again what this one tested.
    if (at + SLICE + SEAM >= text.length) return false;
    await yieldToPage();
  }
}

/** Index just past the string that starts at `start` (a quote), or -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/**
 * Splits `text` (a JSON object) into its top-level `items` elements and the rest, yielding to the
 * page between slices. Returns `undefined` when the text does not have that shape (no single
 * top-level `items` array of objects, or broken JSON): the caller then parses it whole, which
 * also gives the usual error for broken JSON.
 */
export async function splitJsonItems(text: string): Promise<SplitDocument | undefined> {
  const spans: number[] = [];
  let depth = 0;
  let lastKeyStart = -1;
  let lastKeyEnd = -1;
  let arrayOpen = -1;
  let arrayClose = -1;
  let itemStart = -1;
  let inItems = false;
  // Inside the items array: whether the next thing must be an item (after "[" or ","), and
  // whether "]" may come (after "[" or an item). Anything else is broken JSON: give up.
  let itemExpected = false;
  let closeAllowed = false;
  let sliceEnd = SLICE;
  for (let at = 0; at < text.length;) {
    if (at >= sliceEnd) {
      await yieldToPage();
      sliceEnd = at + SLICE;
    }
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (end < 0) return undefined;
      // In valid JSON the last string seen at depth 1 before a `[` opens is that array's key.
      if (depth === 1) {
        lastKeyStart = at;
        lastKeyEnd = end;
      } else if (inItems && depth === 2) {
        return undefined; // a string item: not a feed shape worth a special path
      }
      at = end;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
      if (depth === 2 && code === OPEN_BRACKET && text.slice(lastKeyStart, lastKeyEnd) === '"items"') {
        if (arrayOpen >= 0) return undefined; // two "items" keys: leave the ambiguity to JSON.parse
        arrayOpen = at;
        inItems = itemExpected = closeAllowed = true;
      } else if (inItems && depth === 3) {
        if (code !== OPEN_BRACE || !itemExpected) return undefined;
        itemStart = at;
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (inItems && depth === 3) {
        spans.push(itemStart, at + 1);
        itemExpected = false;
        closeAllowed = true;
      } else if (inItems && depth === 2) {
        if (!closeAllowed) return undefined; // "[…,]": a trailing comma
        arrayClose = at;
        inItems = false;
      }
      depth--;
      if (depth < 0) return undefined;
    } else if (inItems && depth === 2) {
      if (code === COMMA) {
        if (itemExpected) return undefined; // "[," or ",,"
        itemExpected = true;
        closeAllowed = false;
      } else if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) {
        return undefined; // a number, boolean or null item, or a stray character
      }
    }
    at++;
  }
  if (arrayOpen < 0 || arrayClose < 0 || depth !== 0) return undefined;
  // The rest is parsed with a marker where the array was: a later duplicate "items" key (which
  // JSON.parse would keep instead) replaces the marker, and the split is then not trusted.
  let document: unknown;
  try {
    document = JSON.parse(`${text.slice(0, arrayOpen)}${JSON.stringify(ITEMS_MARKER)}${text.slice(arrayClose + 1)}`);
  } catch {
    return undefined;
  }
  if (
    typeof document !== 'object' ||
    document === null ||
    (document as Record<string, unknown>)['items'] !== ITEMS_MARKER
  )
    return undefined;
  (document as Record<string, unknown>)['items'] = [];
  const items: string[] = [];
  for (let i = 0; i < spans.length; i += 2) items.push(text.slice(spans[i], spans[i + 1]));
  return { document: document as Record<string, unknown>, items };
}

/**
 * `parseJsonFeedInChunks` for a large response text, or `undefined` when the text is not shaped
 * for splitting (see `splitJsonItems`). Throws `FeedError('parse')` when an item is broken JSON.
 */
export async function parseLargeJsonFeed(
  text: string,
  sourceUrl: string | undefined,
  warn: WarnFn,
  legacyText: LegacyText | undefined,
  diagnose?: DiagnosticFn,
): Promise<Feed | undefined> {
  const split = await splitJsonItems(text);
  if (!split) return undefined;
  // Its items are decoded one slice at a time, too late to ask of each: a feed this size loads the
  // markup scanner (2 KB) whatever it holds.
  await loadMarkupText();
  try {
    return await parseJsonFeedInChunks(
      { ...split.document, items: split.items },
      sourceUrl,
      warn,
      legacyText,
      (item) => JSON.parse(item as string),
      diagnose,
    );
  } catch (error) {
    throw error instanceof SyntaxError ? new FeedError('parse', 'The response is not valid JSON', sourceUrl) : error;
  }
}
