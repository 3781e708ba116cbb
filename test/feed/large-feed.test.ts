import { expect } from '@open-wc/testing';
import { parseJsonFeed } from '../sync-parsers.js';
import { SLICE, readTextInSlices, splitJsonItems, testInSlices } from '../../src/feed/large-feed.js';
import { LEGACY_HINT } from '../../src/feed/legacy-hint.js';
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

/** Runs `run` with `pattern.test` recording the length of every text it is given. */
async function testedLengths(pattern: RegExp, run: () => Promise<unknown>): Promise<number[]> {
  const lengths: number[] = [];
  const test = pattern.test;
  pattern.test = function (this: RegExp, text: string) {
    lengths.push(text.length);
    return test.call(this, text);
  };
  try {
    await run();
  } finally {
    delete (pattern as { test?: unknown }).test;
  }
  return lengths;
}

describe('testInSlices: a pattern tested on a large text a slice per task', () => {
  // A mojibake pair, an entity and a PHP json_encode escape: 2, 8 and 6 characters.
  const needles = ['\u00e1\u00bb', '&Atilde;', '\\u00c3'];
  it('finds a match that crosses any seam between slices, at every offset', async () => {
    for (const needle of needles) {
      for (const seam of [SLICE, 2 * SLICE])
        for (let start = seam - needle.length + 1; start < seam; start++) {
          const text = `${'a'.repeat(start)}${needle}${'a'.repeat(3 * SLICE - start)}`;
          expect(await testInSlices(LEGACY_HINT, text), `${needle} at ${start}`).to.equal(true);
        }
    }
    expect(await testInSlices(LEGACY_HINT, 'Cộng hòa xã hội chủ nghĩa Việt Nam. '.repeat(SLICE / 8))).to.equal(false);
  });

  it('never tests more than a slice and its seam at once, and lets other tasks run between slices', async () => {
    const text = 'Ủy ban nhân dân tỉnh. '.repeat((3 * SLICE) / 16);
    let watched: Awaited<ReturnType<typeof watchYields>> | undefined;
    const lengths = await testedLengths(LEGACY_HINT, async () => {
      watched = await watchYields(() => testInSlices(LEGACY_HINT, text));
    });
    expect(Math.max(...lengths), 'longest text tested').to.be.at.most(SLICE + 64);
    expect(
      lengths.reduce((a, b) => a + b, 0),
      'characters tested',
    ).to.be.at.least(text.length);
    expect(watched!.yields, 'yields').to.be.greaterThan(2);
    expect(watched!.turns, 'yields in which a task queued before it ran').to.equal(watched!.yields);
  });

  it('is what parseFeedText uses on a large body: the legacy hint never reads the whole text at once', async () => {
    const text = largeFeedText(3000);
    const lengths = await testedLengths(LEGACY_HINT, () => parseFeedText(text, SOURCE, () => {}));
    expect(lengths.length, 'hint tests').to.be.greaterThan(2);
    expect(Math.max(...lengths), 'longest text tested').to.be.at.most(SLICE + 64);
  });

  it('is not asked of RSS, large or small, whose parser has the legacy handling: its mojibake is still repaired', async () => {
    const items = Array.from(
      { length: 1500 },
      (_, i) =>
        `<item><guid>tin-${i}</guid><title>${i === 700 ? 'Cá»™ng' : `Tin số ${i}: Ủy ban nhân dân tỉnh họp bàn về chuyển đổi số`}</title><description>${'Nội dung bài viết. '.repeat(10)}</description></item>`,
    );
    for (const count of [1500, 800]) {
      const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>${items.slice(0, count).join('')}</channel></rss>`;
      expect(rss.length > LARGE_FEED, `${count} items over LARGE_FEED`).to.equal(count === 1500);
      let feed: Awaited<ReturnType<typeof parseFeedText>> | undefined;
      const lengths = await testedLengths(LEGACY_HINT, async () => (feed = await parseFeedText(rss, SOURCE, () => {})));
      expect(lengths, 'hint tests').to.deep.equal([]);
      expect(feed!.items.find((item) => item.id === 'tin-700')!.title).to.equal('Cộng');
    }
  });

  it('repairs a large feed whose only mojibake crosses a seam', async () => {
    // Repaired only when the whole string is mojibake; its one lead byte and continuation pair.
    const plain = largeFeedText(1500).replace(/"title":"Tin số 700:[^,]*?năm 2026"/, '"title":"Cá»™ng"');
    // Spaces after the opening brace move the mojibake's first pair across the first seam.
    const at = plain.indexOf('á»');
    const text = `{${' '.repeat(SLICE - 1 - at)}${plain.slice(1)}`;
    expect(text.indexOf('á»')).to.equal(SLICE - 1);
    const feed = await parseFeedText(text, SOURCE, () => {});
    expect(feed.items.find((item) => item.id === 'tin-700')!.title).to.equal('Cộng');
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
