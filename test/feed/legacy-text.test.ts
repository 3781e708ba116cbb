import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/parse.js';
import { enableLegacyText, plainText } from '../../src/feed/text.js';

const SOURCE = 'https://tinh.example.gov.vn/feed.json';
const MOJIBAKE = 'Cá»™ng thÃ´ng tin';
// Whether plainText repairs now, i.e. whether something has turned the repairer on.
const repairing = () => plainText(MOJIBAKE) === 'Cộng thông tin';

describe('parseFeedText turns the mojibake repairer on only for bodies that need it', () => {
  // Each case starts with the repairer off, so each proves its own hint turned it on.
  beforeEach(() => enableLegacyText(undefined));
  it('parses a clean Vietnamese feed without turning it on', async () => {
    expect(repairing(), 'before any parse').to.equal(false);
    const clean = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Cộng hòa xã hội chủ nghĩa Việt Nam – Đà Nẵng' }] });
    expect((await parseFeedText(clean, SOURCE, () => {})).items[0]!.title).to.equal('Cộng hòa xã hội chủ nghĩa Việt Nam – Đà Nẵng');
    expect(repairing()).to.equal(false);
  });

  it('repairs a title json_encode()d with \\u escapes (as PHP CMSs write it)', async () => {
    expect(repairing(), 'before').to.equal(false);
    // "Cộng thông tin" as UTF-8 bytes read as Windows-1252, then escaped.
    const escaped = '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","title":"C\\u00e1\\u00bb\\u2122ng th\\u00c3\\u00b4ng tin"}]}';
    expect(escaped).to.include('\\u00c3');
    expect((await parseFeedText(escaped, SOURCE, () => {})).items[0]!.title).to.equal('Cộng thông tin');
    expect(repairing()).to.equal(true);
  });

  it('repairs a title written as HTML entities', async () => {
    const entities = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'C&aacute;&raquo;&trade;ng th&Atilde;&acute;ng tin' }] });
    expect(repairing(), 'before').to.equal(false);
    expect((await parseFeedText(entities, SOURCE, () => {})).items[0]!.title).to.equal('Cộng thông tin');
  });

  it('repairs a title written as raw characters', async () => {
    const raw = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Cá»™ng thÃ´ng tin' }] });
    expect(repairing(), 'before').to.equal(false);
    expect((await parseFeedText(raw, SOURCE, () => {})).items[0]!.title).to.equal('Cộng thông tin');
  });
});
