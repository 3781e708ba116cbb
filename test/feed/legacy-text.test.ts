import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/parse.js';
import { plainText } from '../sync-parsers.js';

const SOURCE = 'https://tinh.example.gov.vn/feed.json';
const MOJIBAKE = 'Cá»™ng thÃ´ng tin';
// Whether plainText repairs on its own: it must not, whatever a parse loaded before (no page-global switch).
const repairing = () => plainText(MOJIBAKE) === 'Cộng thông tin';
// Whether this page has fetched legacy-text.ts (the test server serves each source file apart).
performance.setResourceTimingBufferSize(100_000);
const legacyTextLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /\/legacy-text\.[jt]s(?:\?|$)/.test(entry.name));

describe('parseFeedText loads the mojibake repairer only for bodies that need it', () => {
  // A repaired title proves that the parse's own hint handed it the repairer: nothing else can.
  it('parses a clean Vietnamese feed without loading it', async () => {
    expect(repairing(), 'before any parse').to.equal(false);
    expect(legacyTextLoaded(), 'loaded before any parse').to.equal(false);
    const clean = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'Cộng hòa xã hội chủ nghĩa Việt Nam – Đà Nẵng' }],
    });
    expect((await parseFeedText(clean, SOURCE, { warn: () => {} })).items[0]!.title).to.equal(
      'Cộng hòa xã hội chủ nghĩa Việt Nam – Đà Nẵng',
    );
    expect(repairing()).to.equal(false);
    expect(legacyTextLoaded(), 'loaded for a clean feed').to.equal(false);
  });

  it('repairs a title json_encode()d with \\u escapes (as PHP CMSs write it)', async () => {
    expect(repairing(), 'before').to.equal(false);
    // "Cộng thông tin" as UTF-8 bytes read as Windows-1252, then escaped.
    const escaped =
      '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","title":"C\\u00e1\\u00bb\\u2122ng th\\u00c3\\u00b4ng tin"}]}';
    expect(escaped).to.include('\\u00c3');
    expect((await parseFeedText(escaped, SOURCE, { warn: () => {} })).items[0]!.title).to.equal('Cộng thông tin');
    expect(legacyTextLoaded(), 'loaded for the escapes').to.equal(true);
    expect(repairing(), 'after: the repairer went to that parse only').to.equal(false);
  });

  it('repairs a title written as HTML entities', async () => {
    const entities = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'C&aacute;&raquo;&trade;ng th&Atilde;&acute;ng tin' }],
    });
    expect(repairing(), 'before').to.equal(false);
    expect((await parseFeedText(entities, SOURCE, { warn: () => {} })).items[0]!.title).to.equal('Cộng thông tin');
  });

  it('repairs a title written as raw characters', async () => {
    const raw = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'Cá»™ng thÃ´ng tin' }],
    });
    expect(repairing(), 'before').to.equal(false);
    expect((await parseFeedText(raw, SOURCE, { warn: () => {} })).items[0]!.title).to.equal('Cộng thông tin');
  });

  it('still takes a warn function as third argument (the older signature)', async () => {
    const raw = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'Cá»™ng thÃ´ng tin' }, { title: 'no id' }],
    });
    const warnings: string[] = [];
    expect((await parseFeedText(raw, SOURCE, (m) => warnings.push(m))).items[0]!.title).to.equal('Cộng thông tin');
    expect(warnings).to.deep.equal(['Skipped item 1: no usable id.']);
  });
});
