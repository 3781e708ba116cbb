/**
 * Response text → Feed, whatever the format. The format is sniffed from the content, because
 * CMSs serve feeds with every content type imaginable (JSON as text/plain, RSS as text/html).
 */
import { parseJsonFeedInChunks } from './json-feed.js';
import { type Feed, FeedError, type WarnFn, consoleWarn } from './model.js';
import { MOJIBAKE_HINT, enableLegacyText } from './text.js';

/** Above this many characters (or bytes) a feed is read and parsed in slices, yielding between them. */
export const LARGE_FEED = 256 * 1024;

/**
 * Bytes that text from a legacy encoding shows, raw, as a PHP json_encode escape ("\u00c3") or
 * as an HTML entity ("&Atilde;"): a mojibake lead byte, TCVN3's toned letters on ¨–® and µ–¹,
 * VNI's ä ï ö ø û. Clean Vietnamese text rarely has any, so the handling loads only for them.
 */
const LEGACY_HINT = new RegExp(
  `${MOJIBAKE_HINT.source}|[\\u00a8-\\u00ae\\u00b5-\\u00b9\\u00e4\\u00ef\\u00f6\\u00f8\\u00fb]|\\\\u00(?:c[2-6]|e1|a[89a-e]|b[5-9]|e4|ef|f[468b])|&(?:#(?:19[4-8]|225|x(?:c[2-6]|e1));|(?:Acirc|Atilde|Auml|Aring|AElig|aacute);)`,
  'i',
);

/** Parses a response body. Throws `FeedError` of kind `parse` or `schema`. */
export async function parseFeedText(body: string, sourceUrl?: string, warn: WarnFn = consoleWarn): Promise<Feed> {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw new FeedError('parse', 'The response is empty', sourceUrl);
  if (LEGACY_HINT.test(text)) {
    // Optional chunks that fail to download are done without.
    const legacy = await import('./legacy-text.js').catch(() => undefined);
    if (legacy) enableLegacyText(legacy);
  }
  const first = text[0];
  if (first === '{' && text.length > LARGE_FEED) {
    const feed = await (await import('./large-feed.js').catch(() => undefined))?.parseLargeJsonFeed(text, sourceUrl, warn);
    if (feed) return feed;
  }
  if (first === '{' || first === '[') {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new FeedError('parse', 'The response is not valid JSON', sourceUrl);
    }
    return parseJsonFeedInChunks(document, sourceUrl, warn);
  }
  if (first === '<') {
    // RSS and Atom are rarer for our users' JSON-first setups: their parser, which also tells a
    // feed from an HTML page, loads only for markup.
    const { isXmlFeed, parseXmlFeed } = await import('./xml-feed.js');
    if (isXmlFeed(text)) return parseXmlFeed(text, sourceUrl, warn);
  }
  if (/^[\d"\-tfn]/.test(first!)) {
    // Valid JSON that is not an object (a number, string, true/false/null) is a feed-shape problem.
    try {
      JSON.parse(text);
    } catch {
      throw new FeedError('parse', 'The response is not a feed', sourceUrl);
    }
    throw new FeedError('schema', 'The document is not a JSON object', sourceUrl);
  }
  throw new FeedError('parse', 'The response is not a feed (an HTML page?)', sourceUrl);
}
