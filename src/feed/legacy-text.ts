/**
 * Repair of UTF-8 text that a CMS decoded as Windows-1252 or Latin-1 on the way into its feed.
 * Few feeds need it, so it is a module of its own, turned on through `enableMojibakeRepair`.
 */
import { MOJIBAKE_HINT } from './text.js';

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
const CP1252_HIGH = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';
