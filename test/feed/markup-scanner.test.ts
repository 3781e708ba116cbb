// The markup scanner (src/feed/markup-text.ts) is a chunk of its own: this page must not load it
// up front (no import of test/sync-parsers.ts here), so what parseFeedText fetches is observable.
import { expect } from '@open-wc/testing';
import { mayHoldMarkup } from '../../src/feed/json-feed.js';
import { parseFeedText } from '../../src/feed/parse.js';

const scannerRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/feed/markup-text.ts'));

describe('the markup scanner loads for the feeds that need it', () => {
  it('is asked for by any text field with a tag or an entity, not by URLs, ids or HTML content', () => {
    const clean = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Cổng thông tin',
      home_page_url: 'https://example.vn/?a=1&b=2',
      items: [
        {
          id: 'a&b',
          url: 'https://example.vn/tin?id=1&amp;x=2',
          title: 'Tin mới',
          content_html: '<p>Nội dung</p>',
          content_text: 'a < b',
          tags: ['Kinh tế'],
        },
      ],
    };
    expect(mayHoldMarkup(clean)).to.equal(false);
    for (const [where, change] of [
      ['a title', (feed: typeof clean) => (feed.items[0]!.title = '<b>Tin</b> mới')],
      ['a tag', (feed: typeof clean) => (feed.items[0]!.tags = ['Kinh tế &amp; xã hội'])],
      ['an author name', (feed: typeof clean) => Object.assign(feed, { authors: [{ name: 'Ban <i>biên tập</i>' }] })],
      ['an unknown field', (feed: typeof clean) => Object.assign(feed.items[0]!, { _caption: 'Ảnh &copy;' })],
    ] as const) {
      const feed = structuredClone(clean);
      change(feed);
      expect(mayHoldMarkup(feed), where).to.equal(true);
    }
  });

  it('is not fetched for a clean JSON Feed, and is fetched and used for one with tags in a title', async () => {
    const clean = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Cổng thông tin',
      items: [{ id: '1', url: '/tin?id=1&x=2', title: 'Tin mới', content_html: '<p>Nội dung &amp; ảnh</p>' }],
    });
    expect((await parseFeedText(clean, 'https://example.vn/feed.json')).items[0]!.title).to.equal('Tin mới');
    expect(scannerRequested(), 'requested for a clean feed').to.equal(false);

    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Cổng <b>thông tin</b>',
      items: [{ id: '1', title: '<b>Tin</b> mới &amp; <i>nóng</i>', summary: '&lt;Không phải thẻ&gt;' }],
    });
    const feed = await parseFeedText(body, 'https://example.vn/feed.json', { warn: () => {} });
    expect(scannerRequested(), 'requested for a feed with tags in its titles').to.equal(true);
    expect(feed.title).to.equal('Cổng thông tin');
    expect(feed.items[0]!.title).to.equal('Tin mới & nóng');
    expect(feed.items[0]!.summary).to.equal('<Không phải thẻ>');
  });
});
