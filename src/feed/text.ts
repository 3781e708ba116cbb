/**
 * Plain-text clean-up applied to every string a parser keeps. Vietnamese text from old CMSs
 * arrives decomposed (NFD), with lookalike letters, HTML entities in plain fields, stray tags
 * and runs of non-breaking spaces; all of that is mended here, once, on the way in.
 */
import { lazyModule } from '../internal/lazy-module.js';

type MarkupText = typeof import('./markup-text.js');

/**
 * The scanner for text fields that hold tags or entities (`markup-text.ts`) loads apart: the
 * titles and summaries of a clean JSON Feed need none of it. A parser makes sure it is there
 * before reading such a field (`loadMarkupText`, or `provideMarkupText` where it imports it);
 * if its chunk could not be fetched, such text stays as written (shown as text, never as markup).
 */
const markup = lazyModule<MarkupText | null>(() => import('./markup-text.js'), null);
export const loadMarkupText = markup.load;
export const provideMarkupText = markup.provide;

// U+00D0/U+00F0 (Icelandic eth) are what some legacy keyboards and fonts produce for "Đ"/"đ".
const ETH_IN_WORD = /\u00d0(?=\p{L})/gu;
const ETH_LOWER_IN_WORD = /\u00f0(?=\p{L})/gu;
/** What makes a text field need the scanner: a tag or an entity. */
export const MARKUP = /[<&]/;

/**
 * What `legacy-text.ts` provides: repair of mojibake and detection of TCVN3/VNI text. It loads
 * apart because few feeds need it, and reaches these helpers as an argument: `parseFeedText`
 * loads it when a body shows legacy bytes (`LEGACY_HINT`), `parseXmlFeed` always has it, and the
 * package entry's `parseJsonFeed` passes it by default.
 */
export interface LegacyText {
  repairMojibake(value: string): string;
  detectLegacyEncoding(text: string): 'TCVN3' | 'VNI' | undefined;
}

/** Maps lookalikes to Vietnamese letters and composes to NFC; with `legacy`, repairs mojibake first. */
export function normalizeVietnamese(value: string, legacy?: LegacyText): string {
  return (legacy?.repairMojibake(value) ?? value)
    .normalize('NFC')
    .replace(ETH_IN_WORD, 'Đ')
    .replace(ETH_LOWER_IN_WORD, 'đ');
}

/**
 * Turns any feed value into clean plain text: NFC, lookalikes fixed (and mojibake, with
 * `legacy`), entities decoded, tags dropped, whitespace (including `&nbsp;`) collapsed.
 * Non-strings give `undefined`; a numeric value is accepted as its decimal text.
 */
export function plainText(value: unknown, legacy?: LegacyText): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  let text = MARKUP.test(value) ? (markup.get()?.markupToText(value) ?? value) : value;
  text = normalizeVietnamese(text, legacy)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
  return text || undefined;
}

/** Like `plainText`, but keeps paragraph breaks (for `content_text`). */
export function multilineText(value: unknown, legacy?: LegacyText): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normalizeVietnamese(value, legacy)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u200b\ufeff]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

/** A BCP 47 language tag ("vi", "en-US"), or undefined: the value becomes a `lang` attribute. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-');
  // BCP 47 asks readers to handle tags of at least 35 characters; a longer "vi-a-a-a…" says no
  // language, and each element would carry it in a `lang` and match it on every render.
  return tag.length <= 64 && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}
