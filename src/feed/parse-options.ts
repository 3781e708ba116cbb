/**
 * What a parse is told, as an argument of that parse: never a page-global switch, so one parse
 * (one element, one test) cannot change what another on the page produces.
 */
import type { WarnFn } from './model.js';
import type { LegacyText } from './text.js';

export interface ParseOptions {
  /** Receives each warning (skipped items, legacy-encoded text, mended XML); default `console.warn`. */
  readonly warn?: WarnFn;
  /**
   * Repair of mojibake and flagging of TCVN3/VNI text (`legacy-text.ts`). Left out, each parser
   * has its default: `parseFeedText` loads it for a body that shows legacy bytes, the XML parser
   * and the package's `parseJsonFeed` always use it.
   */
  readonly legacyText?: LegacyText;
}

/** `options` as an object: the older signatures took a `warn` function in that place. */
export const parseOptions = (options: ParseOptions | WarnFn | undefined): ParseOptions =>
  typeof options === 'function' ? { warn: options } : (options ?? {});
