import { expect } from '@open-wc/testing';
import { parseJsonFeed } from '../sync-parsers.js';
import { FeedError } from '../../src/feed/model.js';
import { parseFeedText } from '../../src/feed/parse.js';
import { FULL_FEED } from '../fixtures/feeds.js';
import { watchYields } from './yields.js';

const SOURCE = 'https://tinh.example.gov.vn/feed.json';

function parse(document: unknown) {
  const warnings: string[] = [];
  const feed = parseJsonFeed(document, SOURCE, (m) => warnings.push(m));
  return { feed, warnings };
}

const withItems = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });

describe('parseJsonFeed: a valid feed with every field', () => {
  const { feed, warnings } = parse(FULL_FEED);
  const [first, second] = feed.items;

  it('reads the feed-level fields', () => {
    expect(feed.title).to.equal('Cổng thông tin điện tử tỉnh Thử Nghiệm');
    expect(feed.description).to.equal('Tin tức – sự kiện');
    expect(feed.homePageUrl).to.equal('https://tinh.example.gov.vn/');
    expect(feed.feedUrl).to.equal('https://tinh.example.gov.vn/feed.json');
    expect(feed.nextUrl).to.equal('https://tinh.example.gov.vn/feed-2.json');
    expect(feed.language).to.equal('vi');
    expect(feed.icon).to.equal('https://tinh.example.gov.vn/logo.png');
    expect(feed.favicon).to.equal('https://tinh.example.gov.vn/favicon.ico');
    expect(feed.authors).to.deep.equal([
      { name: 'Ban biên tập', url: 'https://tinh.example.gov.vn/lien-he', avatar: undefined },
    ]);
    expect(feed.items).to.have.length(3);
    expect(warnings).to.deep.equal([]);
  });

  it('reads every item field', () => {
    expect(first!.id).to.equal('tin-1');
    expect(first!.url).to.equal('https://tinh.example.gov.vn/tin-tuc/hoi-nghi-so-ket.html');
    expect(first!.externalUrl).to.equal('https://bo.example.gov.vn/bai-goc');
    expect(first!.title).to.equal('Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm');
    expect(first!.summary).to.equal('Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết tại thành phố Đà Nẵng.');
    expect(first!.contentHtml).to.contain('<p>&nbsp;</p>');
    expect(first!.contentText).to.equal('Sáng ngày 09/7/2019, Cụm Thi đua tổ chức hội nghị.');
    expect(first!.image).to.equal('https://tinh.example.gov.vn/anh/hoi-nghi.jpg');
    expect(first!.bannerImage).to.equal('https://tinh.example.gov.vn/anh/banner.jpg');
    expect(first!.published!.toISOString()).to.equal('2019-07-09T02:03:00.000Z');
    expect(first!.modified!.toISOString()).to.equal('2019-07-10T07:30:00.000Z');
    expect(first!.authors).to.deep.equal([{ name: 'Mỹ Phương', url: undefined, avatar: undefined }]);
    expect(first!.tags).to.deep.equal(['Thi đua', 'Khen thưởng']);
    expect(first!.language).to.equal('vi');
    expect(first!.attachments).to.deep.equal([
      {
        url: 'https://tinh.example.gov.vn/files/ke-hoach-123.pdf',
        mimeType: 'application/pdf',
        title: 'Kế hoạch số 123/KH-UBND',
        sizeInBytes: 1250000,
        durationInSeconds: undefined,
      },
    ]);
  });

  it('turns numeric ids into strings and reads the deprecated author', () => {
    expect(second!.id).to.equal('2');
    expect(second!.authors).to.deep.equal([{ name: 'Trần Văn An', url: undefined, avatar: undefined }]);
  });

  it('falls back to the feed authors', () => {
    expect(feed.items[2]!.authors).to.deep.equal(feed.authors);
  });

  it('returns frozen-shaped data without extension keys', () => {
    expect(Object.keys(first!)).not.to.include('_extension');
  });
});

describe('parseJsonFeed: tolerated defects', () => {
  it('skips items without an id, with one summary line naming their indexes', () => {
    const { feed, warnings } = parse(
      withItems([{ id: 'a', title: 'A' }, { title: 'không id' }, { id: '  ', title: 'trống' }]),
    );
    expect(feed.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(warnings).to.deep.equal(['Skipped 2 items (1, 2): no usable id.']);
  });

  it('skips items that are not objects and duplicated ids', () => {
    const { feed, warnings } = parse(withItems([null, 5, 'x', [], { id: 'a' }, { id: 'a', title: 'lặp' }]));
    expect(feed.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(warnings).to.deep.equal([
      'Skipped 4 items (0, 1, 2, 3): not an object.',
      'Skipped item 5: duplicate id "a".',
    ]);
  });

  it('drops a bad date instead of keeping an Invalid Date', () => {
    const { feed } = parse(
      withItems([
        { id: '1', date_published: 'không phải ngày' },
        { id: '2', date_published: '2026-02-31T10:00:00+07:00' },
        { id: '3', date_published: 12345 },
        { id: '4', date_published: '2026-11-20 09:03' },
      ]),
    );
    expect(feed.items[0]!.published).to.equal(undefined);
    expect(feed.items[1]!.published).to.equal(undefined);
    expect(feed.items[2]!.published).to.equal(undefined);
    // No zone: written in Vietnam (+07:00).
    expect(feed.items[3]!.published!.toISOString()).to.equal('2026-11-20T02:03:00.000Z');
  });

  it('drops fields of the wrong type but keeps the item', () => {
    const { feed } = parse(
      withItems([
        {
          id: '1',
          title: 42,
          summary: { a: 1 },
          content_html: 5,
          image: 7,
          tags: 'x',
          attachments: {},
          authors: 'Ban biên tập',
        },
      ]),
    );
    const item = feed.items[0]!;
    expect(item.title).to.equal('42');
    expect(item.summary).to.equal(undefined);
    expect(item.contentHtml).to.equal(undefined);
    expect(item.image).to.equal(undefined);
    expect(item.tags).to.deep.equal([]);
    expect(item.attachments).to.deep.equal([]);
    expect(item.authors).to.deep.equal([{ name: 'Ban biên tập' }]);
  });

  it('treats title and summary as plain text and normalises Vietnamese text', () => {
    const nfd = 'Ða Nẵng'.normalize('NFD');
    const { feed } = parse(
      withItems([
        { id: '1', title: `<b>Tin</b> &amp; sự kiện <script>alert(1)</script>`, summary: `  ${nfd}\u00a0\u00a0 mới  ` },
      ]),
    );
    // The script's code is not text a reader sees.
    expect(feed.items[0]!.title).to.equal('Tin & sự kiện');
    expect(feed.items[0]!.summary).to.equal('Đa Nẵng mới');
  });

  it('drops URLs with schemes that are not allowed', () => {
    const { feed } = parse(
      withItems([
        {
          id: '1',
          url: 'javascript:alert(1)',
          image: 'data:image/svg+xml,<svg onload=alert(1)>',
          external_url: ' JaVa\tScRiPt:alert(1)',
        },
      ]),
    );
    expect(feed.items[0]!.url).to.equal(undefined);
    expect(feed.items[0]!.image).to.equal(undefined);
    expect(feed.items[0]!.externalUrl).to.equal(undefined);
  });

  it('resolves relative item URLs against the feed URL', () => {
    const { feed } = parse(withItems([{ id: '1', url: 'tin/1.html', image: '/anh/1.jpg' }]));
    expect(feed.items[0]!.url).to.equal('https://tinh.example.gov.vn/tin/1.html');
    expect(feed.items[0]!.image).to.equal('https://tinh.example.gov.vn/anh/1.jpg');
  });

  it('tolerates a missing version', () => {
    expect(parse({ items: [{ id: '1' }] }).feed.items).to.have.length(1);
  });
});

describe('parseFeedText: fatal defects become typed errors', () => {
  const kindOf = async (body: string) => {
    try {
      await parseFeedText(body, SOURCE, () => {});
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
      return (error as FeedError).kind;
    }
    return 'no error';
  };

  it('not JSON → parse', async () => expect(await kindOf('{"items": [')).to.equal('parse'));
  it('empty body → parse', async () => expect(await kindOf('   ')).to.equal('parse'));
  it('an HTML page → parse', async () =>
    expect(await kindOf('<!doctype html><html><body>Lỗi</body></html>')).to.equal('parse'));
  it('no items array → schema', async () => expect(await kindOf('{"title": "x"}')).to.equal('schema'));
  it('items not an array → schema', async () => expect(await kindOf('{"items": {"a": 1}}')).to.equal('schema'));
  it('a top-level array → schema', async () => expect(await kindOf('[1, 2]')).to.equal('schema'));
  it('a top-level string → schema', async () => expect(await kindOf('"feed"')).to.equal('schema'));
  it('a UTF-8 BOM is fine', async () => expect(await kindOf('\uFEFF{"items": []}')).to.equal('no error'));
});

describe('large feeds', () => {
  it('parseFeedText parses and normalises thousands of items in chunks, yielding to the page between them', async () => {
    const body = JSON.stringify({
      items: Array.from({ length: 10_000 }, (_, i) => ({
        id: `i${i}`,
        title: `Tin số ${i}: Hội nghị`,
        summary: 'Tóm tắt &amp; nội dung',
        url: `/tin/${i}`,
      })),
    });
    // The work is well over a long task's 50 ms: it must never be one JSON.parse of the whole
    // body, nor one stretch without a yield. Its structure is checked, not its timing.
    const parse = JSON.parse;
    let largest = 0;
    let parsesSinceYield = 0;
    const parsesBetweenYields: number[] = [];
    JSON.parse = ((source: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      largest = Math.max(largest, source.length);
      parsesSinceYield++;
      return parse(source, reviver);
    }) as typeof JSON.parse;
    let feed: Awaited<ReturnType<typeof parseFeedText>> | undefined;
    let watched: Awaited<ReturnType<typeof watchYields>>;
    try {
      watched = await watchYields(
        async () => (feed = await parseFeedText(body, SOURCE, () => {})),
        () => {
          parsesBetweenYields.push(parsesSinceYield);
          parsesSinceYield = 0;
        },
      );
    } finally {
      JSON.parse = parse;
    }
    parsesBetweenYields.push(parsesSinceYield);
    expect(feed!.items).to.have.length(10_000);
    expect(feed!.items[9999]!.url).to.equal('https://tinh.example.gov.vn/tin/9999');
    expect(largest, 'longest text given to JSON.parse').to.be.lessThan(body.length / 100);
    // Each item parsed on its own, a few hundred at most between two yields.
    expect(
      parsesBetweenYields.reduce((a, b) => a + b),
      'JSON.parse calls',
    ).to.be.at.least(10_000);
    expect(
      Math.max(...parsesBetweenYields),
      `JSON.parse calls between yields: ${parsesBetweenYields.join(', ')}`,
    ).to.be.at.most(1000);
    expect(watched.turns, 'yields in which a task queued before it ran').to.equal(watched.yields);
  });
});

describe('parseJsonFeed: _tin.image_sources (the image at other widths and in other formats)', () => {
  it('keeps each rendition with its width and type, resolved against the feed', () => {
    const { feed, warnings } = parse(
      withItems([
        {
          id: '1',
          image: 'anh/hoi-nghi.jpg',
          _tin: {
            about: 'https://example.vn/tai-lieu',
            image_sources: [
              { url: 'anh/hoi-nghi-320.avif', width: 320, mime_type: 'IMAGE/AVIF' },
              { url: 'anh/hoi-nghi-320.jpg', width: '320' },
            ],
          },
        },
      ]),
    );
    expect(warnings).to.deep.equal([]);
    expect(feed.items[0]!.imageSources).to.deep.equal([
      { url: 'https://tinh.example.gov.vn/anh/hoi-nghi-320.avif', width: 320, mimeType: 'image/avif' },
      { url: 'https://tinh.example.gov.vn/anh/hoi-nghi-320.jpg', width: 320 },
    ]);
  });

  it('drops a rendition it cannot use, and keeps the item and its image', () => {
    const { feed, warnings } = parse(
      withItems([
        {
          id: '1',
          image: 'https://tinh.example.gov.vn/a.jpg',
          _tin: {
            image_sources: [
              { url: 'javascript:alert(1)', width: 320 },
              { url: 'data:image/png;base64,AAAA', width: 320 },
              { url: 'b.jpg', width: 0 },
              { url: 'c.jpg', width: 320.5 },
              { url: 'd.jpg', width: '320px' },
              { url: 'e.jpg' },
              { url: 'f.pdf', width: 640, mime_type: 'application/pdf' },
              'g.jpg 640w',
              { url: 'h.jpg', width: 640 },
            ],
          },
        },
        { id: '2', image: 'https://tinh.example.gov.vn/a.jpg', _tin: { image_sources: 'a.jpg 320w' } },
        { id: '3', image: 'https://tinh.example.gov.vn/a.jpg', _tin: [] },
      ]),
    );
    expect(warnings).to.deep.equal([]);
    const [first, second, third] = feed.items;
    expect(first!.image).to.equal('https://tinh.example.gov.vn/a.jpg');
    expect(first!.imageSources).to.deep.equal([{ url: 'https://tinh.example.gov.vn/h.jpg', width: 640 }]);
    expect(second!.imageSources).to.equal(undefined);
    expect(third!.imageSources).to.equal(undefined);
  });
});
