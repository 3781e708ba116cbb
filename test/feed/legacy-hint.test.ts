// The hint that decides whether legacy-text.ts loads must say exactly
// what the byte tables say, in every form a body carries them.
import { expect } from '@open-wc/testing';
import { LEGACY_HINT, MOJIBAKE_LEADS, TCVN3_LETTERS, VNI_MARKS } from '../../src/feed/legacy-hint.js';

const codes = (table: string) =>
  table
    .split('\\x')
    .slice(1)
    .map((hex) => parseInt(hex, 16));

describe('the legacy-text hint agrees with its byte tables', () => {
  const leads = codes(MOJIBAKE_LEADS);
  const alone = [...codes(TCVN3_LETTERS), ...codes(VNI_MARKS)];
  const hex = (code: number) => code.toString(16).padStart(4, '0');

  it('every code point from U+00A0 to U+00FF, raw and as a \\u escape, alone in a text', () => {
    for (let code = 0xa0; code <= 0xff; code++) {
      const listed = alone.includes(code) || leads.includes(code);
      expect(LEGACY_HINT.test(`văn bản \\u${hex(code)} thường`), `\\u${hex(code)}`).to.equal(listed);
      // Case-insensitive, as the hint is (for "\u00C3" and "&ATILDE;"): "Ä" counts as "ä".
      const lower = String.fromCodePoint(code).toLowerCase().codePointAt(0)!;
      expect(LEGACY_HINT.test(`văn bản ${String.fromCodePoint(code)}`), `U+${hex(code)} raw`).to.equal(
        alone.includes(code) || alone.includes(lower),
      );
    }
  });

  it('a mojibake lead followed by a continuation byte, raw; a lead as each kind of entity', () => {
    for (const lead of leads) {
      expect(LEGACY_HINT.test(`C${String.fromCodePoint(lead)}\u0080ng`), `U+${hex(lead)} U+0080`).to.equal(true);
      expect(LEGACY_HINT.test(`C&#${lead};ng`)).to.equal(true);
      expect(LEGACY_HINT.test(`C&#x${lead.toString(16)};ng`)).to.equal(true);
    }
    expect(LEGACY_HINT.test('Cộng hòa xã hội chủ nghĩa Việt Nam – Độc lập &amp; tự do')).to.equal(false);
  });
});
