/**
 * Response text → Feed, whatever the format. The format is sniffed from the content, because
 * CMSs serve feeds with every content type imaginable (JSON as text/plain, RSS as text/html).
 */
import { mayHoldMarkup, parseJsonFeedInChunks } from './json-feed.js';
import { LEGACY_HINT } from './legacy-hint.js';
import { type Feed, FeedError, type WarnFn, consoleWarn } from './model.js';
import { type ParseOptions, parseOptions } from './parse-options.js';
import { loadMarkupText } from './text.js';

/** Above this many characters (or bytes) a feed is read and parsed in slices, yielding between them. */
export const LARGE_FEED = 256 * 1024;

/**
 * Parses a response body. Throws `FeedError` of kind `parse` or `schema`. Legacy-encoded text is
 * handled with `options.legacyText`, else with `legacy-text.ts`, loaded only for a body that shows
 * legacy bytes. A function in place of `options` is `warn` (the older signature).
 */
export async function parseFeedText(body: string, sourceUrl?: string, options?: ParseOptions | WarnFn): Promise<Feed> {
  const { warn = consoleWarn, legacyText: given, onDiagnostic } = parseOptions(options);
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw new FeedError('parse', 'The response is empty', sourceUrl);
  const first = text[0];
  const json = first === '{' || first === '[';
  // Optional chunks that fail to download are done without (a large text is then read at once).
  const large = json && text.length > LARGE_FEED ? await import('./large-feed.js').catch(() => undefined) : undefined;
  // The XML parser comes with the legacy handling (xml-feed.ts imports it): only JSON asks.
  const loaded =
    given ??
    (json && (large ? await large.testInSlices(LEGACY_HINT, text) : LEGACY_HINT.test(text))
      ? await import('./legacy-text.js').catch(() => undefined)
      : undefined);
  // The XML parser reports its own repairs (it has a default of its own).
  const legacyText =
    loaded && onDiagnostic
      ? ((await import('./legacy-text.js').catch(() => undefined))?.reportingRepairs(loaded, onDiagnostic) ?? loaded)
      : loaded;
  if (first === '{') {
    const feed = await large?.parseLargeJsonFeed(text, sourceUrl, warn, legacyText, onDiagnostic);
    if (feed) return feed;
  }
  if (json) {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new FeedError('parse', 'The response is not valid JSON', sourceUrl);
    }
    if (mayHoldMarkup(document)) await loadMarkupText();
    return parseJsonFeedInChunks(document, sourceUrl, warn, legacyText, undefined, onDiagnostic);
  }
  if (first === '<') {
    // RSS and Atom are rarer for our users' JSON-first setups: their parser, which also tells a
    // feed from an HTML page, loads only for markup.
    // Their descriptions are HTML more often than not: the markup scanner loads beside the parser.
    const [{ isXmlFeed, parseXmlFeed, parseXmlFeedInSlices }] = await Promise.all([
      import('./xml-feed.js'),
      loadMarkupText(),
    ]);
    if (isXmlFeed(text))
      return (text.length > LARGE_FEED ? parseXmlFeedInSlices : parseXmlFeed)(text, sourceUrl, {
        warn,
        legacyText: loaded,
        onDiagnostic,
      });
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
