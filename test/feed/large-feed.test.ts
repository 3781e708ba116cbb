import { expect } from '@open-wc/testing';
import { parseJsonFeed } from '../sync-parsers.js';
import { readTextInSlices, splitJsonItems } from '../../src/feed/large-feed.js';
import { FeedError } from '../../src/feed/model.js';
import { LARGE_FEED, parseFeedText } from '../../src/feed/parse.js';
import { watchYields } from './yields.js';

const SOURCE = 'https://tinh.example.gov.vn/feed.json';

/** Items whose text holds everything that could fool a brace-counting scan. */
const trickyItems = [
  { id: 'a', title: 'Ngoặc {nhọn} và [vuông]', content_text: 'Dấu \\"ngoặc kép\\" trong chuỗi' },
  { id: 'b', title: 'Kết thúc bằng gạch chéo \\', summary: '"}]', tags: ['[', ']', '{', '}'] },
  { id: 'c', title: 'Lồng nhau', _ext: { items: [{ id: 'not-an-item' }], nested: [[{}], { deep: ['"', '\\'] }] } },
  { id: 'd', title: 'Unicode \u2028 Đà Nẵng 🇻🇳', content_html: '<p>a</p>' },
];
const trickyText = JSON.stringify(
  { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: trickyItems, next_url: 'p2.json' },
  null,
  1,
);

describe('splitJsonItems: finds the items of a JSON Feed without parsing it whole', () => {
  it('splits items whose strings hold braces, brackets, quotes and backslashes', async () => {
    const split = await splitJsonItems(trickyText);
    expect(split, 'split').to.not.equal(undefined);
    expect(split!.items.map((item) => JSON.parse(item))).to.deep.equal(trickyItems);
    expect(split!.document).to.deep.equal({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [],
      next_url: 'p2.json',
    });
  });

  it('finds the items array wherever the key sits and whatever the whitespace', async () => {
    const text =
      '{ "title" : "items" ,\n\t"home_page_url":"x", "items" :\r\n [ {"id":"1"} ,{"id":"2"}\n] , "z": [1,2] }';
    const split = await splitJsonItems(text);
    expect(split!.items).to.deep.equal(['{"id":"1"}', '{"id":"2"}']);
    expect(split!.document).to.deep.equal({ title: 'items', home_page_url: 'x', items: [], z: [1, 2] });
  });

  for (const [why, text] of [
    ['an item that is not an object', '{"items":[{"id":"1"}, "two"]}'],
    ['a number item', '{"items":[{"id":"1"}, 2]}'],
    ['two "items" keys', '{"items":[{"id":"1"}],"items":[{"id":"2"}]}'],
    ['no items array', '{"title":"T","entries":[{"id":"1"}]}'],
    ['a string that never closes', '{"items":[{"id":"1}]}'],
    ['unbalanced brackets', '{"items":[{"id":"1"}]'],
    ['broken JSON outside the items', '{"title": T, "items":[{"id":"1"}]}'],
    ['a trailing comma', '{"items":[{"id":"1"},]}'],
    ['a leading comma', '{"items":[,{"id":"1"}]}'],
    ['two commas', '{"items":[{"id":"1"},,{"id":"2"}]}'],
    ['a missing comma', '{"items":[{"id":"1"}{"id":"2"}]}'],
    ['a control character between items', '{"items":[{"id":"1"}\u0001]}'],
    ['a later "items" that is not an array (JSON.parse keeps the last)', '{"items":[{"id":"1"}],"items":null}'],
    ['a later "items" key written with an escape', '{"items":[{"id":"1"}],"\\u0069tems":[]}'],
  ]) {
    it(`gives up (the caller then parses whole) on ${why}`, async () => {
      expect(await splitJsonItems(text!)).to.equal(undefined);
    });
  }
});

/** A feed text over the large-feed threshold: `count` items with Vietnamese text. */
function largeFeedText(count: number, brokenAt?: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `tin-${i}`,
    url: `tin/${i}.html`,
    title: `Tin số ${i}: Đà Nẵng {triển khai} "kế hoạch" năm 2026`,
    summary: 'Ủy ban nhân dân tỉnh họp bàn về công tác chuyển đổi số. '.repeat(3),
    date_published: new Date(Date.UTC(2026, 10, 26) - i * 3_600_000).toISOString(),
    tags: ['Chuyển đổi số'],
  }));
  const text = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin lớn', language: 'vi', items });
  if (brokenAt === undefined) return text;
  // Break one item's JSON while keeping braces balanced: a missing comma between two fields.
  const marker = `"id":"tin-${brokenAt}","url"`;
  return text.replace(marker, `"id":"tin-${brokenAt}" "url"`);
}

describe('parseFeedText on a large JSON Feed', () => {
  it('gives exactly the feed a whole JSON.parse gives, and the same warnings', async () => {
    const text = largeFeedText(1500);
    expect(text.length).to.be.greaterThan(LARGE_FEED);
    expect((await splitJsonItems(text))?.items.length, 'items found by the split').to.equal(1500);
    const chunked: string[] = [];
    const whole: string[] = [];
    const feed = await parseFeedText(text, SOURCE, (m) => chunked.push(m));
    const expected = parseJsonFeed(JSON.parse(text), SOURCE, (m) => whole.push(m));
    expect(feed.items.length).to.equal(1500);
    expect(feed).to.deep.equal(expected);
    expect(chunked).to.deep.equal(whole);
    expect(feed.items[0]!.url).to.equal('https://tinh.example.gov.vn/tin/0.html');
  });

  it('rejects with a parse FeedError when one item inside is broken JSON', async () => {
    const error = await parseFeedText(largeFeedText(1500, 900), SOURCE, () => {}).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('parse');
  });

  it('never parses the whole text at once, and lets other tasks run meanwhile', async () => {
    const text = largeFeedText(3000);
    const parse = JSON.parse;
    let largest = 0;
    JSON.parse = ((source: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      largest = Math.max(largest, source.length);
      return parse(source, reviver);
    }) as typeof JSON.parse;
    let watched: Awaited<ReturnType<typeof watchYields>>;
    try {
      watched = await watchYields(() => parseFeedText(text, SOURCE, () => {}));
    } finally {
      JSON.parse = parse;
    }
    expect(largest, 'longest text given to JSON.parse').to.be.lessThan(2000);
    expect(watched.yields, 'yields to the page during the parse').to.be.greaterThan(2);
    expect(watched.turns, 'yields in which a task queued before it ran').to.equal(watched.yields);
  });
});

describe('readTextInSlices', () => {
  it('decodes UTF-8 split across reads and slices exactly as response.text() does, byte order mark dropped', async () => {
    const text = `\uFEFF${'Đà Nẵng – Huế 🇻🇳 '.repeat(60_000)}`;
    const bytes = new TextEncoder().encode(text);
    // Reads of odd sizes, so multi-byte characters straddle both reads and decode slices.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 300_007) controller.enqueue(bytes.subarray(at, at + 300_007));
        controller.close();
      },
    });
    const decoded = await readTextInSlices(new Response(stream));
    expect(decoded).to.equal(await new Response(bytes).text());
    expect(decoded.startsWith('Đà Nẵng')).to.equal(true);
  });
});
