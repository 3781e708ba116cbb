/**
 * What a parse is told, as an argument of that parse: never a page-global switch, so one parse
 * (one element, one test) cannot change what another on the page produces.
 */
import type { WarnFn } from './model.js';
import type { LegacyText } from './text.js';

/** Why an item was left out: the words its warning uses. */
export type SkipReason =
  | 'not an object'
  | 'no usable id'
  | 'duplicate id'
  | 'no guid, link, title or description'
  | `could not be read (${string})`;

/** The formats the parsers read, as the document declares itself. */
export type FeedFormat = 'json' | 'rss' | 'rdf' | 'atom';

/**
 * What a parse noticed, one fact at a time, for tools that inspect a feed (the demo's feed check);
 * the elements never ask. `item` is the item's position in the feed, from 0.
 * - `format`: the document's format and the version it declares (`version` attribute of RSS,
 *   JSON Feed's `version` URL, Atom's or RDF's namespace), if any;
 * - `skipped`: an item left out, and why;
 * - `legacy-encoding`: an item whose title or summary is TCVN3/VNI text, not Unicode;
 * - `zoneless-date`: a date read without a time zone, taken as Vietnam time (+07:00);
 * - `repaired-text`: mojibake (UTF-8 read as Windows-1252) that was mended;
 * - `repaired-xml`: XML that was not well-formed, read after mending.
 */
export type ParseDiagnostic =
  | { readonly kind: 'format'; readonly format: FeedFormat; readonly version?: string }
  | { readonly kind: 'skipped'; readonly item: number; readonly reason: SkipReason; readonly id?: string }
  | { readonly kind: 'legacy-encoding'; readonly item: number; readonly id: string; readonly encoding: 'TCVN3' | 'VNI' }
  | { readonly kind: 'zoneless-date'; readonly value: string }
  | { readonly kind: 'repaired-text'; readonly before: string; readonly after: string }
  | { readonly kind: 'repaired-xml'; readonly error: string };

export type DiagnosticFn = (diagnostic: ParseDiagnostic) => void;

export interface ParseOptions {
  /** Receives each warning (skipped items, legacy-encoded text, mended XML); default `console.warn`. */
  readonly warn?: WarnFn;
  /**
   * Repair of mojibake and flagging of TCVN3/VNI text (`legacy-text.ts`). Left out, each parser
   * has its default: `parseFeedText` loads it for a body that shows legacy bytes, the XML parser
   * and the package's `parseJsonFeed` always use it.
   */
  readonly legacyText?: LegacyText;
  /**
   * Receives each fact the parse noticed, typed (see `ParseDiagnostic`), beside the warnings
   * (which summarise them for people). Nothing is collected when it is left out.
   */
  readonly onDiagnostic?: DiagnosticFn;
}

/** `options` as an object: the older signatures took a `warn` function in that place. */
export const parseOptions = (options: ParseOptions | WarnFn | undefined): ParseOptions =>
  typeof options === 'function' ? { warn: options } : (options ?? {});
