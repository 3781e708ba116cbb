// Its own test file, so its own page: legacy-text.ts is not loaded before this parse asks for it.
import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/parse.js';

const SOURCE = 'https://tinh.example.gov.vn/feed.json';

describe('parseFeedText flags TCVN3 text written with \\u escapes', () => {
  it('warns about the item', async () => {
    // "Céng hoµ x· héi chñ nghÜa ViÖt Nam" (TCVN3), as PHP json_encode()s it.
    const escaped = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: 'x', title: 'C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i ch\u00f1 ngh\u00dca Vi\u00d6t Nam' }],
    }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(escaped).to.include('\\u00b5');
    const warnings: string[] = [];
    await parseFeedText(escaped, SOURCE, { warn: (m) => warnings.push(m) });
    expect(warnings.join(' ')).to.include('TCVN3');
  });
});
