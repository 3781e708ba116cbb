/**
 * `parseJsonFeed` as the package entry exports it. Called directly, it has no response body to
 * look for legacy bytes in, so it repairs mojibake and flags TCVN3/VNI text by default, as the
 * XML parser does; the elements parse through `parseFeedText`, which loads that code only for a
 * body that needs it.
 */
import { parseJsonFeed as parseJsonDocument } from './json-feed.js';
import * as legacyText from './legacy-text.js';
import { markupToText } from './markup-text.js';
import type { Feed, WarnFn } from './model.js';
import { type ParseOptions, parseOptions } from './parse-options.js';
import { provideMarkupText } from './text.js';

/**
 * Maps a parsed JSON document to a Feed. `sourceUrl` is where the document was fetched from;
 * relative URLs in the feed resolve against it. Throws `FeedError('schema')` only when the
 * document is not a feed. `parseJsonFeed(document, sourceUrl, warn)` still works: a function
 * in place of `options` is `warn`.
 */
export function parseJsonFeed(document: unknown, sourceUrl?: string, options?: ParseOptions | WarnFn): Feed {
  const given = parseOptions(options);
  // Synchronous: no chunk to wait for, so the scanner comes with this entry.
  provideMarkupText({ markupToText });
  const legacy = given.legacyText ?? legacyText;
  return parseJsonDocument(document, sourceUrl, {
    ...given,
    legacyText: given.onDiagnostic ? legacyText.reportingRepairs(legacy, given.onDiagnostic) : legacy,
  });
}
