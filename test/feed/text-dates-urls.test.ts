import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/feed/dates.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { parseJsonFeed as parseJsonFeedFromPackage } from '../../src/feed/public-parsers.js';
import * as legacyText from '../../src/feed/legacy-text.js';
import { detectLegacyEncoding, repairMojibake } from '../../src/feed/legacy-text.js';
import { languageTag, multilineText, plainText } from '../sync-parsers.js';
import { safeUrl } from '../../src/feed/urls.js';

describe('parseDate', () => {
  const iso = (value: string) => parseDate(value)?.toISOString();
  it('reads RFC 3339 with offsets and Z', () => {
    expect(iso('2019-07-09T09:03:00+07:00')).to.equal('2019-07-09T02:03:00.000Z');
    expect(iso('2019-07-09T02:03:00Z')).to.equal('2019-07-09T02:03:00.000Z');
    expect(iso('2019-07-09T09:03:00.250+0700')).to.equal('2019-07-09T02:03:00.250Z');
  });
  it('assumes +07:00 for dates without a zone', () => {
    expect(iso('2019-07-09 09:03')).to.equal('2019-07-09T02:03:00.000Z');
    expect(iso('2019-07-09')).to.equal('2019-07-08T17:00:00.000Z');
  });
  it('reads RFC 822 as RSS writes it', () => {
    expect(iso('Tue, 09 Jul 2019 09:03:00 +0700')).to.equal('2019-07-09T02:03:00.000Z');
    expect(iso('Tue, 09 Jul 2019 02:03:00 GMT')).to.equal('2019-07-09T02:03:00.000Z');
  });
  it('reads the portals\' own "dd-MM-yyyy HH:mm"', () => {
    expect(iso('09-07-2019 09:03')).to.equal('2019-07-09T02:03:00.000Z');
    expect(iso('09/07/2019')).to.equal('2019-07-08T17:00:00.000Z');
  });
  it('rejects impossible and unreadable dates', () => {
    for (const bad of ['2019-02-30T10:00:00Z', '2019-13-01', 'hôm qua', '', '2019-07-09T25:00:00Z']) {
      expect(parseDate(bad), bad).to.equal(undefined);
    }
    expect(parseDate(12345)).to.equal(undefined);
    expect(parseDate(null)).to.equal(undefined);
  });
});

describe('plainText and Vietnamese normalisation', () => {
  it('composes NFD to NFC', () => {
    const nfd = 'Thừa Thiên Huế'.normalize('NFD');
    expect(nfd).not.to.equal('Thừa Thiên Huế');
    expect(plainText(nfd)).to.equal('Thừa Thiên Huế');
  });
  it('maps the lookalike Ð (U+00D0) to Đ', () => {
    expect(plainText('\u00d0à Nẵng và \u00d0ồng Nai')).to.equal('Đà Nẵng và Đồng Nai');
  });
  it('decodes entities, drops tags and collapses &nbsp;', () => {
    expect(plainText('Tin&nbsp;&nbsp;mới <br>nhất &quot;hôm nay&quot;')).to.equal('Tin mới nhất "hôm nay"');
  });
  it('repairs UTF-8 read as Windows-1252 when unambiguous', () => {
    expect(repairMojibake('Cá»\u0099ng thÃ´ng tin Ä\u0091iá»\u0087n tá»­')).to.equal('Cộng thông tin điện tử');
    expect(plainText('Cá»™ng thÃ´ng tin', legacyText)).to.equal('Cộng thông tin');
  });
  it('leaves correct text alone', () => {
    for (const text of ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Café Thái Bình', 'Ã bình thường']) {
      expect(repairMojibake(text), text).to.equal(text);
    }
  });
  it('keeps paragraph breaks in multiline text, drops runs of empty lines', () => {
    expect(multilineText('Đoạn 1\r\n\r\n\r\n\r\nĐoạn  2\n \u00a0\nĐoạn 3')).to.equal('Đoạn 1\n\nĐoạn 2\n\nĐoạn 3');
  });
  it('accepts finite numbers, rejects other non-strings', () => {
    expect(plainText(7)).to.equal('7');
    expect(plainText({})).to.equal(undefined);
    expect(plainText(NaN)).to.equal(undefined);
  });
});

describe('safeUrl', () => {
  const base = 'https://tinh.example.gov.vn/tin/bai.html';
  it('resolves relative URLs against the base, not the page', () => {
    expect(safeUrl('anh/1.jpg', base, 'resource')).to.equal('https://tinh.example.gov.vn/tin/anh/1.jpg');
    expect(safeUrl('//cdn.example.com/a.jpg', base, 'resource')).to.equal('https://cdn.example.com/a.jpg');
  });
  it('allows mailto and tel for links only', () => {
    expect(safeUrl('mailto:ban@example.gov.vn', base, 'link')).to.equal('mailto:ban@example.gov.vn');
    expect(safeUrl('tel:02393855555', base, 'link')).to.equal('tel:02393855555');
    expect(safeUrl('mailto:ban@example.gov.vn', base, 'resource')).to.equal(undefined);
  });
  it('rejects dangerous schemes however they are disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      '\u0001javascript:x',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(bad, base, 'link'), JSON.stringify(bad)).to.equal(undefined);
    }
  });
  it('rejects non-strings and blanks', () => {
    expect(safeUrl(5, base)).to.equal(undefined);
    expect(safeUrl('   ', base)).to.equal(undefined);
  });
});

describe('legacy Vietnamese encodings', () => {
  it('recognises TCVN3 (ABC) text', () => {
    expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).to.equal('TCVN3');
  });
  it('recognises VNI text', () => {
    expect(detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).to.equal('VNI');
  });
  it('leaves Unicode Vietnamese and plain Latin text alone', () => {
    expect(detectLegacyEncoding('Cộng hòa xã hội chủ nghĩa Việt Nam')).to.equal(undefined);
    expect(detectLegacyEncoding('Kế hoạch phát triển kinh tế - xã hội năm 2026')).to.equal(undefined);
    expect(detectLegacyEncoding('Annual report on the economy of the province')).to.equal(undefined);
  });
  it('the parser warns once, naming the item', () => {
    const warnings: string[] = [];
    parseJsonFeed({ items: [{ id: 'cu', title: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam' }] }, undefined, {
      warn: (m) => warnings.push(m),
      legacyText,
    });
    expect(warnings).to.deep.equal([
      'Item 0 ("cu") looks like TCVN3-encoded text, not Unicode; ask the publisher to convert it.',
    ]);
  });
});

describe('parseJsonFeed as the package exports it', () => {
  const document = {
    items: [
      { id: 'mo', title: 'Cá»™ng thÃ´ng tin' },
      { id: 'cu', title: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam' },
    ],
  };
  const tcvn3 = 'Item 1 ("cu") looks like TCVN3-encoded text, not Unicode; ask the publisher to convert it.';
  it('repairs mojibake and flags TCVN3 text by default', () => {
    const warnings: string[] = [];
    expect(parseJsonFeedFromPackage(document, undefined, { warn: (m) => warnings.push(m) }).items[0]!.title).to.equal(
      'Cộng thông tin',
    );
    expect(warnings).to.deep.equal([tcvn3]);
  });
  it('still takes a warn function as third argument (the older signature)', () => {
    const warnings: string[] = [];
    expect(parseJsonFeedFromPackage(document, undefined, (m) => warnings.push(m)).items[0]!.title).to.equal(
      'Cộng thông tin',
    );
    expect(warnings).to.deep.equal([tcvn3]);
  });
  it('leaves the module-level parseJsonFeed as its options say: no page-global switch turned on', () => {
    const warnings: string[] = [];
    expect(parseJsonFeed(document, undefined, (m) => warnings.push(m)).items[0]!.title).to.equal('Cá»™ng thÃ´ng tin');
    expect(warnings).to.deep.equal([]);
  });
});

describe('legacy-encoding detection does not flag Unicode text with Latin-1 letters', () => {
  it('"toán", "hoà", "Thái" are Unicode Vietnamese', () => {
    expect(detectLegacyEncoding('Kỳ thi toán học: hoà nhập, Thái Bình, Cà Mau, khóa học')).to.equal(undefined);
    expect(detectLegacyEncoding('toán hoá lý sinh toán hoá lý sinh')).to.equal(undefined);
  });
});

describe('language tags', () => {
  it('keeps BCP 47 tags, normalises underscores, drops anything else', () => {
    expect(languageTag('vi')).to.equal('vi');
    expect(languageTag(' en_US ')).to.equal('en-US');
    expect(languageTag('vi" onmouseover="x')).to.equal(undefined);
    expect(languageTag('tiếng việt')).to.equal(undefined);
    expect(languageTag(5)).to.equal(undefined);
  });
});
