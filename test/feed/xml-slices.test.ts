// Large RSS and Atom are parsed in slices (xml-feed.ts parseXmlFeedInSlices): the same feed as a
// whole-document parse, yielding between slices, mending each slice that needs it.
import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/parse.js';
import { itemRanges, parseXmlFeed } from '../../src/feed/xml-feed.js';
import { watchYields } from './yields.js';

const N = 1500;
const filler = 'nội dung '.repeat(30);
const rss = (extra: (i: number) => string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tin tỉnh</title><link>https://tinh.gov.vn/</link>${Array.from(
    { length: N },
    (_, i) =>
      `<item><title>Bản tin ${i}</title><link>tin/${i}.html</link><guid>${i}</guid><dc:creator>Phóng viên ${i}</dc:creator><description><![CDATA[<p>${filler}</p><item>not an item</item>]]></description>${extra(i)}</item>`,
  ).join('\n')}<!-- <item>a comment</item> --></channel></rss>`;

const same = (a: Awaited<ReturnType<typeof parseFeedText>>, b: ReturnType<typeof parseXmlFeed>) => {
  expect(a.title).to.equal(b.title);
  expect(a.homePageUrl).to.equal(b.homePageUrl);
  expect(a.items.length).to.equal(b.items.length);
  expect(a.items.map((item) => [item.id, item.title, item.url, item.authors[0]?.name, item.tags])).to.deep.equal(
    b.items.map((item) => [item.id, item.title, item.url, item.authors[0]?.name, item.tags]),
  );
};

describe('large XML feeds parsed in slices', () => {
  it('an RSS over 256 KB reads as the whole-document parse does, and yields while it parses', async () => {
    const text = rss(() => '');
    expect(text.length).to.be.above(256 * 1024);
    const whole = parseXmlFeed(text, 'https://tinh.gov.vn/rss', () => {});
    let result: Awaited<ReturnType<typeof parseFeedText>> | undefined;
    const { turns } = await watchYields(
      async () => (result = await parseFeedText(text, 'https://tinh.gov.vn/rss', () => {})),
    );
    same(result!, whole);
    expect(result!.items[3]!.url).to.equal('https://tinh.gov.vn/tin/3.html');
    expect(turns).to.be.above(3);
  });

  it('a large RSS that needs repairXml (HTML entities, undeclared prefixes) is mended slice by slice', async () => {
    const text = rss((i) => `<category>Thời sự &nbsp;&ndash; A&B</category><x${i % 40}:tag>t</x${i % 40}:tag>`);
    const whole = parseXmlFeed(text, 'https://tinh.gov.vn/rss', () => {});
    const warnings: string[] = [];
    const sliced = await parseFeedText(text, 'https://tinh.gov.vn/rss', (w) => warnings.push(w));
    same(sliced, whole);
    expect(sliced.items[0]!.tags).to.deep.equal(['Thời sự – A&B']);
    expect(warnings.filter((w) => w.includes('not well-formed'))).to.have.length(1);
  });

  it('a large Atom feed reads its entries the same way', async () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>${Array.from(
      { length: N },
      (_, i) =>
        `<entry><id>${i}</id><title>Bản tin ${i}</title><link href="/tin/${i}"/><summary>${filler}</summary></entry>`,
    ).join('')}</feed>`;
    const whole = parseXmlFeed(text, 'https://tinh.gov.vn/atom', () => {});
    same(await parseFeedText(text, 'https://tinh.gov.vn/atom', () => {}), whole);
  });

  it('the item scanner steps over CDATA and comments, and gives up on an item that never closes', () => {
    const text = '<rss><channel><item><![CDATA[</item>]]></item><!-- <item> --><item/></channel></rss>';
    expect(itemRanges(text, 'item')).to.deep.equal([
      [14, 46],
      [61, 68],
    ]);
    expect(itemRanges('<rss><channel><item><title>x</title></channel></rss>', 'item')).to.equal(undefined);
  });
});
