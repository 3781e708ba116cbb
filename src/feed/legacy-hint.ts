/**
 * The bytes that give legacy-encoded text away, written once: `legacy-text.ts` repairs and
 * detects with them, and `parse.ts` looks for them (raw, escaped or as entities) to decide whether
 * to load `legacy-text.ts` at all. This module ships with every page, so each table is written as
 * the inside of a regular-expression character class, in ASCII.
 */

/** Lead bytes of UTF-8's Vietnamese letters as Windows-1252 shows them: Â Ã Ä Å Æ á. */
export const MOJIBAKE_LEADS = '\\xc2\\xc3\\xc4\\xc5\\xc6\\xe1';
/** TCVN3 (ABC) puts toned letters on Latin-1 code points: à=µ á=¸ ả=¶ ã=· ạ=¹ ă=¨ â=© ê=ª ô=« ơ=¬ đ=®. */
export const TCVN3_LETTERS = '\\xb5\\xb8\\xb6\\xb7\\xb9\\xa8\\xa9\\xaa\\xab\\xac\\xae';
/** VNI's tone and shape bytes that never follow a vowel in Vietnamese Unicode text: ø ï û ä ö. */
export const VNI_MARKS = '\\xf8\\xef\\xfb\\xe4\\xf6';

/** A table's code points as alternatives in hex: "\xb5\xb8" → "b5|b8". */
const hexAlternatives = (table: string) => table.replace(/\\x/g, '|').slice(1);

/**
 * A lead byte followed by a continuation byte (0x80–0xBF) as Windows-1252 or Latin-1 shows it.
 * CP1252's characters for 0x80–0x9F are taken loosely here, exactly in `legacy-text.ts`.
 */
export const MOJIBAKE_HINT = new RegExp(
  `[${MOJIBAKE_LEADS}][\\x80-\\xbf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013-\\u2122]`,
);

/**
 * What text from a legacy encoding shows in a response body: the characters themselves, a PHP
 * json_encode escape ("\u00c3") or an HTML entity for a mojibake lead ("&Atilde;", "&#195;",
 * "&#xc3;"). Clean Vietnamese text rarely has any, so the handling loads only for them.
 */
export const LEGACY_HINT = new RegExp(
  `${MOJIBAKE_HINT.source}|[${TCVN3_LETTERS}${VNI_MARKS}]|\\\\u00(?:${hexAlternatives(MOJIBAKE_LEADS + TCVN3_LETTERS + VNI_MARKS)})|` +
    `&(?:#(?:${hexAlternatives(MOJIBAKE_LEADS).replace(/\w+/g, (hex) => String(parseInt(hex, 16)))}|x(?:${hexAlternatives(MOJIBAKE_LEADS)}));|(?:Acirc|Atilde|Auml|Aring|AElig|aacute);)`,
  'i',
);
