/**
 * Text from legacy encodings: repair of UTF-8 that a CMS decoded as Windows-1252 or Latin-1 on
 * the way into its feed, and detection of TCVN3/VNI text. Few feeds need it, so it is a module
 * of its own, which the parsers are handed as their `legacyText` option (see `parse-options.ts`).
 */
import { MOJIBAKE_HINT, TCVN3_LETTERS, VNI_MARKS } from './legacy-hint.js';
import type { DiagnosticFn } from './parse-options.js';
import type { LegacyText } from './text.js';

/** Repairs UTF-8 that was decoded as Windows-1252/Latin-1 ("Cá»™ng thÃ´ng" → "Cộng thông"). */
export function repairMojibake(value: string): string {
  // Only strings made of Latin-1/CP1252 code points with the tell-tale lead bytes can be mojibake.
  if (!MOJIBAKE_HINT.test(value)) return value;
  const bytes: number[] = [];
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(ch);
    const byte = high >= 0 ? 0x80 + high : code < 0x100 ? code : -1;
    if (byte < 0) return value;
    bytes.push(byte);
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    // Unambiguous only if the repair removed every suspicious sequence and made the text shorter.
    return repaired.length < value.length ? repaired : value;
  } catch {
    return value;
  }
}

// Windows-1252's characters for bytes 0x80–0x9F, in byte order (C1 controls where it has none).
const CP1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

// Vietnamese letters that only exist in Unicode text: their presence rules out legacy encodings.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const TCVN3 = new RegExp(`[${TCVN3_LETTERS}]`, 'g');
// VNI writes a base vowel followed by a tone/shape byte: "Coäng hoøa" for "Cộng hòa". Besides
// the marks only VNI has, ù ú õ ó ò; not "á"/"à": Unicode Vietnamese has those after a vowel ("toán", "hoà").
const VNI_PAIRS = new RegExp(`[aeiouyAEIOUY][${VNI_MARKS}\\xf9\\xfa\\xf5\\xf3\\xf2]`, 'g');
const VNI_ONLY = new RegExp(`[aeiouyAEIOUY][${VNI_MARKS}]`);

/**
 * Recognises text typed in the legacy TCVN3 (ABC) or VNI encodings and shown through a Latin-1
 * font, which old CMSs still emit. Detection only: the caller warns; converting is left to the
 * feed's publisher because published converters get ơ, ư and Đ with tones wrong.
 */
export function detectLegacyEncoding(text: string): 'TCVN3' | 'VNI' | undefined {
  if (text.length < 8 || UNICODE_VIETNAMESE.test(text)) return undefined;
  const words = text.split(/\s+/).length;
  if ((text.match(TCVN3)?.length ?? 0) >= Math.max(2, words / 5)) return 'TCVN3';
  if (VNI_ONLY.test(text) && (text.match(VNI_PAIRS)?.length ?? 0) >= Math.max(2, words / 4)) return 'VNI';
  return undefined;
}

/**
 * `legacy` telling `diagnose` of each repair it makes: for a parse given `onDiagnostic`. Here, not
 * beside the parsers, so a page whose parses ask nothing downloads none of it.
 */
export const reportingRepairs = (legacy: LegacyText, diagnose: DiagnosticFn): LegacyText => ({
  detectLegacyEncoding: legacy.detectLegacyEncoding,
  repairMojibake(before) {
    const after = legacy.repairMojibake(before);
    if (after !== before) diagnose({ kind: 'repaired-text', before, after });
    return after;
  },
});
