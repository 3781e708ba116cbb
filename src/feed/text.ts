/**
 * Plain-text clean-up applied to every string a parser keeps. Vietnamese text from old CMSs
 * arrives decomposed (NFD), with lookalike letters, HTML entities in plain fields, stray tags
 * and runs of non-breaking spaces; all of that is mended here, once, on the way in.
 */
import { parseInertHtml } from './inert-html.js';

// U+00D0/U+00F0 (Icelandic eth) are what some legacy keyboards and fonts produce for "Đ"/"đ".
const ETH_IN_WORD = /\u00d0(?=\p{L})/gu;
const ETH_LOWER_IN_WORD = /\u00f0(?=\p{L})/gu;
const MARKUP = /[<&]/;
// A Latin-1 lead byte of a UTF-8 sequence followed by a continuation byte as CP1252 shows it.
export const MOJIBAKE_HINT = /[\u00c2-\u00c6\u00e1][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/;

/** Decodes entities and drops tags, for fields the spec calls plain text that CMSs fill with HTML. */
function htmlToText(value: string): string {
  return parseInertHtml(value.replace(/<br\s*\/?>|<\/(p|div|li|h\d)>/gi, ' $&')).body.textContent ?? '';
}

let repairMojibake: ((value: string) => string) | undefined;

/**
 * Turns on the repair of UTF-8 read as Windows-1252 ("Cá»™ng" → "Cộng", `mojibake.ts`). It loads
 * apart because few feeds need it: `parseFeedText` loads it when a body shows the tell-tale byte
 * pairs (`MOJIBAKE_HINT`), `parseXmlFeed` imports it, the package entry turns it on for direct calls.
 */
export function enableMojibakeRepair(repair: (value: string) => string): void {
  repairMojibake = repair;
}

/** Maps lookalikes to Vietnamese letters and composes to NFC. */
export function normalizeVietnamese(value: string): string {
  return (repairMojibake?.(value) ?? value).normalize('NFC').replace(ETH_IN_WORD, 'Đ').replace(ETH_LOWER_IN_WORD, 'đ');
}

/**
 * Turns any feed value into clean plain text: NFC, lookalikes fixed, entities decoded, tags
 * dropped, whitespace (including `&nbsp;`) collapsed. Non-strings give `undefined`;
 * a numeric value is accepted as its decimal text.
 */
export function plainText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  let text = MARKUP.test(value) ? htmlToText(value) : value;
  text = normalizeVietnamese(text).replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  return text || undefined;
}

/** Like `plainText`, but keeps paragraph breaks (for `content_text`). */
export function multilineText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normalizeVietnamese(value)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u200b\ufeff]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

// Vietnamese letters that only exist in Unicode text: their presence rules out legacy encodings.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
// TCVN3 (ABC) puts toned letters on Latin-1 code points: à=µ á=¸ ả=¶ ã=· ạ=¹ ă=¨ â=© ê=ª ô=« ơ=¬ đ=®.
const TCVN3_LETTERS = /[\u00b5\u00b8\u00b6\u00b7\u00b9\u00a8\u00a9\u00aa\u00ab\u00ac\u00ae]/g;
// VNI writes a base vowel followed by a tone/shape byte: "Coäng hoøa" for "Cộng hòa".
// Not "á"/"à" after a vowel: Unicode Vietnamese has those ("toán", "hoà").
const VNI_PAIRS = /[aeiouyAEIOUY][\u00f8\u00f9\u00fa\u00fb\u00f5\u00ef\u00e4\u00f6\u00f3\u00f2]/g;
// Marks that never follow a vowel in Vietnamese Unicode text: "ø", "ï", "û", "ä", "ö".
const VNI_ONLY = /[aeiouyAEIOUY][\u00f8\u00ef\u00fb\u00e4\u00f6]/;

/**
 * Recognises text typed in the legacy TCVN3 (ABC) or VNI encodings and shown through a Latin-1
 * font, which old CMSs still emit. Detection only: the caller warns; converting is left to the
 * feed's publisher because published converters get ơ, ư and Đ with tones wrong.
 */
export function detectLegacyEncoding(text: string): 'TCVN3' | 'VNI' | undefined {
  if (text.length < 8 || UNICODE_VIETNAMESE.test(text)) return undefined;
  const words = text.split(/\s+/).length;
  if ((text.match(TCVN3_LETTERS)?.length ?? 0) >= Math.max(2, words / 5)) return 'TCVN3';
  if (VNI_ONLY.test(text) && (text.match(VNI_PAIRS)?.length ?? 0) >= Math.max(2, words / 4)) return 'VNI';
  return undefined;
}

/** A BCP 47 language tag ("vi", "en-US"), or undefined: the value becomes a `lang` attribute. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-');
  return /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}
