import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/model.js';
import { parseFeedText } from '../../src/feed/parse.js';
import { parseXmlFeed } from '../../src/feed/xml-feed.js';
import {
  ATOM_FULL,
  BROKEN_RSS,
  DESCRIPTION_ONLY_RSS,
  ENCODING_RSS,
  HOSTILE_RSS,
  HTML_PAGE,
  LIFERAY_ATOM,
  MEDIA_RSS,
  RDF_FEED,
  SHAREPOINT_RSS,
  SITEMAP_XML,
  VNEXPRESS_RSS,
} from '../fixtures/xml-feeds.js';

declare global {
  interface Window {
    __xmlFeedXss?: string;
  }
}

function parse(text: string, source = 'https://tinh.example.gov.vn/rss.xml') {
  const warnings: string[] = [];
  const feed = parseXmlFeed(text, source, (m) => warnings.push(m));
  return { feed, warnings };
}

const rss = (items: string, channel = '<title>T</title>') =>
  `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;

async function errorOf(run: () => unknown): Promise<FeedError | 'no error'> {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  return 'no error';
}

const kindOf = async (run: () => unknown) => {
  const error = await errorOf(run);
  return error === 'no error' ? error : error.kind;
};

describe('parseXmlFeed: VnExpress-like RSS 2.0', () => {
  const { feed, warnings } = parse(VNEXPRESS_RSS, 'https://bao.example.vn/rss/thoi-su.rss');
  const [first, second] = feed.items;

  it('reads the channel', () => {
    expect(feed.title).to.equal('Thời sự - Báo Thử Nghiệm RSS');
    expect(feed.description).to.equal('Báo Thử Nghiệm RSS');
    expect(feed.homePageUrl).to.equal('https://bao.example.vn/thoi-su');
    expect(feed.feedUrl).to.equal('https://bao.example.vn/rss/thoi-su.rss');
    expect(feed.nextUrl).to.equal('https://bao.example.vn/rss/thoi-su.rss?page=2');
    expect(feed.language).to.equal('vi');
    expect(feed.icon).to.equal('https://s.bao.example.vn/logos/logo_rss.png');
    expect(feed.favicon).to.equal(undefined);
    expect(feed.authors).to.deep.equal([]);
    expect(feed.items).to.have.length(2);
    expect(warnings).to.deep.equal([]);
  });

  it('reads an item: summary is the description text, the image comes from its <img>', () => {
    expect(first!.id).to.equal('https://bao.example.vn/ha-noi-khoi-cong-cau-4812345.html');
    expect(first!.url).to.equal('https://bao.example.vn/ha-noi-khoi-cong-cau-4812345.html');
    expect(first!.title).to.equal('Hà Nội khởi công cầu Trần Hưng Đạo');
    expect(first!.summary).to.equal(
      'Cây cầu dài 1,2 km nối quận Hoàn Kiếm với Long Biên, dự kiến hoàn thành năm 2028.',
    );
    expect(first!.image).to.equal('https://i1.bao.example.vn/2026/11/25/anh.jpg');
    expect(first!.published!.toISOString()).to.equal('2026-11-25T02:03:00.000Z');
    expect(first!.modified).to.equal(undefined);
    expect(first!.authors).to.deep.equal([]);
    expect(first!.tags).to.deep.equal([]);
    expect(first!.attachments).to.deep.equal([]);
    // The channel's <language>: an item speaks its feed's language unless it says otherwise.
    expect(first!.language).to.equal('vi');
  });

  it('keeps the description HTML as the (raw, unsanitised) body when there is no content:encoded', () => {
    expect(first!.contentHtml).to.equal(
      '<a href="https://bao.example.vn/ha-noi-khoi-cong-cau-4812345.html"><img src="https://i1.bao.example.vn/2026/11/25/anh.jpg" ></a></br>Cây cầu dài 1,2 km nối quận Hoàn Kiếm với Long Biên, dự kiến hoàn thành năm 2028.',
    );
    expect(first!.contentText).to.equal(undefined);
  });

  it('prefers an image enclosure to the description <img>', () => {
    expect(second!.image).to.equal('https://i1.bao.example.vn/2026/11/25/mua-enclosure.jpg');
    expect(second!.attachments).to.deep.equal([]);
    expect(second!.published!.toISOString()).to.equal('2026-11-25T01:45:00.000Z');
  });

  it('gives the same feed through the sniffing path (parseFeedText)', async () => {
    const sniffed = await parseFeedText(`\uFEFF\n${VNEXPRESS_RSS}`, 'https://bao.example.vn/rss/thoi-su.rss', () => {});
    expect(sniffed).to.deep.equal(feed);
  });
});

describe('parseXmlFeed: Liferay-style Atom 1.0', () => {
  const { feed, warnings } = parse(LIFERAY_ATOM, 'https://tinh.example.gov.vn/c/asset_publisher/get_rss?p_l_id=20');
  const [first, second] = feed.items;

  it('reads the feed', () => {
    expect(feed.title).to.equal('Tin tức - Sự kiện');
    expect(feed.description).to.equal('Cổng thông tin điện tử tỉnh Thử Nghiệm');
    expect(feed.homePageUrl).to.equal('https://tinh.example.gov.vn/web/guest/tin-tuc');
    expect(feed.feedUrl).to.equal(
      'https://tinh.example.gov.vn/c/asset_publisher/get_rss?p_l_id=20&portletId=101_INSTANCE_abc',
    );
    expect(feed.nextUrl).to.equal(undefined);
    expect(feed.icon).to.equal(undefined);
    expect(feed.favicon).to.equal(undefined);
    expect(feed.items.map((i) => i.id)).to.deep.equal([
      'https://tinh.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/hoi-nghi-chuyen-doi-so',
      'https://tinh.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/lich-tiep-cong-dan',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('reads an entry with an html summary', () => {
    expect(first!.url).to.equal(
      'https://tinh.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/hoi-nghi-chuyen-doi-so',
    );
    expect(first!.title).to.equal('Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027');
    expect(first!.summary).to.equal('Sáng 23/11, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số.');
    // A summary with markup stands in for the missing <content>.
    expect(first!.contentHtml).to.equal(
      '<p><img src="/documents/10180/0/hoi-nghi.jpg" alt="Hội nghị" /></p><p>Sáng 23/11, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số.</p>',
    );
    // Relative images in the body resolve against the article's own URL.
    expect(first!.image).to.equal('https://tinh.example.gov.vn/documents/10180/0/hoi-nghi.jpg');
    expect(first!.published!.toISOString()).to.equal('2026-11-23T08:00:00.000Z');
    expect(first!.modified!.toISOString()).to.equal('2026-11-24T03:15:00.000Z');
    // <author><name> and dc:creator name the same person: one author.
    expect(first!.authors).to.deep.equal([{ name: 'Ban Biên tập', url: undefined }]);
  });

  it('reads author URIs, categories by label/term (deduplicated) and equal dates', () => {
    expect(second!.authors).to.deep.equal([
      { name: 'Văn phòng UBND tỉnh', url: 'https://tinh.example.gov.vn/van-phong' },
    ]);
    expect(second!.tags).to.deep.equal(['Thông báo', 'Tiếp công dân']);
    expect(second!.published!.toISOString()).to.equal('2026-11-22T02:00:00.000Z');
    expect(second!.modified).to.equal(undefined);
    expect(second!.summary).to.equal('Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng.');
    // Text without tags is a summary, not a body.
    expect(second!.contentHtml).to.equal(undefined);
    expect(second!.image).to.equal(undefined);
  });

  it('is sniffed by parseFeedText', async () => {
    const sniffed = await parseFeedText(
      LIFERAY_ATOM,
      'https://tinh.example.gov.vn/c/asset_publisher/get_rss?p_l_id=20',
      () => {},
    );
    expect(sniffed.items.map((i) => i.title)).to.deep.equal([
      'Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2027',
      'Thông báo lịch tiếp công dân tháng 12',
    ]);
  });
});

describe('parseXmlFeed: Atom content types and feed-level fields', () => {
  const { feed, warnings } = parse(ATOM_FULL, 'https://cong.example.gov.vn/atom.xml');
  const [xhtml, text, html] = feed.items;

  it('reads every feed-level field', () => {
    expect(feed.title).to.equal('Cổng thông tin');
    expect(feed.description).to.equal('Tin mới');
    expect(feed.homePageUrl).to.equal('https://cong.example.gov.vn/');
    expect(feed.feedUrl).to.equal('https://cong.example.gov.vn/atom.xml');
    expect(feed.nextUrl).to.equal('https://cong.example.gov.vn/atom.xml?trang=2');
    expect(feed.language).to.equal('vi');
    expect(feed.icon).to.equal('https://cong.example.gov.vn/logo.png');
    expect(feed.favicon).to.equal('https://cong.example.gov.vn/favicon.ico');
    // An email is not a name; the name is kept.
    expect(feed.authors).to.deep.equal([{ name: 'Cổng thông tin điện tử', url: undefined }]);
    expect(warnings).to.deep.equal([]);
  });

  it('xhtml content: the inner div serialised; enclosure links become attachments', () => {
    expect(xhtml!.id).to.equal('urn:uuid:1');
    expect(xhtml!.url).to.equal('https://cong.example.gov.vn/bai/1');
    expect(xhtml!.contentHtml).to.equal('<p>Đoạn <b>một</b></p><img src="/anh/xhtml.jpg" alt="">');
    expect(xhtml!.image).to.equal('https://cong.example.gov.vn/anh/xhtml.jpg');
    expect(xhtml!.attachments).to.deep.equal([
      {
        url: 'https://cong.example.gov.vn/files/vb-1.pdf',
        mimeType: 'application/pdf',
        title: 'Văn bản số 1',
        sizeInBytes: 1024,
        durationInSeconds: undefined,
      },
    ]);
    // Only <updated>: it is the publication date.
    expect(xhtml!.published!.toISOString()).to.equal('2026-11-25T02:00:00.000Z');
    expect(xhtml!.modified).to.equal(undefined);
    expect(xhtml!.authors).to.deep.equal(feed.authors);
  });

  it('text content goes to contentText with its paragraphs; xml:lang is the item language', () => {
    expect(text!.contentText).to.equal('Dòng một.\n\nDòng hai.');
    expect(text!.contentHtml).to.equal(undefined);
    expect(text!.url).to.equal('https://cong.example.gov.vn/bai/2');
    expect(text!.language).to.equal('en');
    expect(text!.published!.toISOString()).to.equal('2026-11-24T02:00:00.000Z');
  });

  it('html content stays raw HTML; a text summary stays the summary', () => {
    expect(html!.contentHtml).to.equal('<p>Nội dung <em>HTML</em></p>');
    expect(html!.summary).to.equal('Tóm tắt & thêm');
    expect(html!.url).to.equal(undefined);
    expect(html!.modified).to.equal(undefined);
  });
});

describe('parseXmlFeed: SharePoint-style RSS 2.0', () => {
  const { feed, warnings } = parse(SHAREPOINT_RSS, 'https://sonv.example.gov.vn/_layouts/15/listfeed.aspx?List=abc');
  const [first, second, third] = feed.items;

  it('reads the channel, with the managing editor as feed author', () => {
    expect(feed.title).to.equal('Sở Nội vụ: Tin tức');
    expect(feed.description).to.equal('Nguồn cấp RSS cho danh sách Tin tức.');
    expect(feed.homePageUrl).to.equal('https://sonv.example.gov.vn/Lists/TinTuc/AllItems.aspx');
    expect(feed.feedUrl).to.equal('https://sonv.example.gov.vn/_layouts/15/listfeed.aspx?List=abc');
    expect(feed.language).to.equal('vi-VN');
    expect(feed.icon).to.equal('https://sonv.example.gov.vn/_layouts/15/images/siteIcon.png?rev=47');
    expect(feed.authors).to.deep.equal([{ name: 'Ban Biên tập Sở Nội vụ', url: undefined }]);
    expect(warnings).to.deep.equal([]);
  });

  it('uses the link as id when there is no guid', () => {
    expect(feed.items.map((i) => i.id)).to.deep.equal([
      'https://sonv.example.gov.vn/Lists/TinTuc/DispForm.aspx?ID=42',
      'https://sonv.example.gov.vn/Lists/TinTuc/DispForm.aspx?ID=41',
      'https://sonv.example.gov.vn/Lists/TinTuc/DispForm.aspx?ID=40',
    ]);
  });

  it('decodes entity-escaped HTML descriptions to text, and keeps them as the body', () => {
    expect(first!.summary).to.equal('Nội dung: Sở Nội vụ thông báo tuyển dụng 25 chỉ tiêu công chức.');
    expect(first!.contentHtml).to.equal(
      '<div><b>Nội dung:</b> <div class="ExternalClass1"><p>Sở Nội vụ thông báo tuyển dụng 25 chỉ tiêu công chức.</p></div></div>',
    );
    expect(third!.summary).to.equal('Lịch làm việc của Ban Giám đốc.');
    expect(third!.contentHtml).to.equal(undefined);
  });

  it('reads "email (Name)" authors and dc:creator, one author per person', () => {
    expect(first!.authors).to.deep.equal([{ name: 'Nguyễn Văn A', url: undefined }]);
    expect(second!.authors).to.deep.equal([{ name: 'Trần Thị B', url: undefined }]);
    // A bare email is no byline: the feed's author stands in.
    expect(third!.authors).to.deep.equal([{ name: 'Ban Biên tập Sở Nội vụ', url: undefined }]);
  });

  it('reads GMT dates', () => {
    expect(first!.published!.toISOString()).to.equal('2026-11-24T08:15:00.000Z');
    expect(third!.published!.toISOString()).to.equal('2026-11-20T01:00:00.000Z');
  });

  it('is sniffed by parseFeedText despite the comment and stylesheet before the root', async () => {
    const sniffed = await parseFeedText(
      SHAREPOINT_RSS,
      'https://sonv.example.gov.vn/_layouts/15/listfeed.aspx?List=abc',
      () => {},
    );
    expect(sniffed).to.deep.equal(feed);
  });
});

describe('parseXmlFeed: RSS 1.0 (RDF)', () => {
  const { feed, warnings } = parse(RDF_FEED, 'https://sotp.example.gov.vn/rss.rdf');

  it('reads the channel and the logo beside it', () => {
    expect(feed.title).to.equal('Sở Tư pháp');
    expect(feed.description).to.equal('Tin hoạt động ngành Tư pháp');
    expect(feed.homePageUrl).to.equal('https://sotp.example.gov.vn/');
    expect(feed.feedUrl).to.equal('https://sotp.example.gov.vn/rss.rdf');
    expect(feed.language).to.equal('vi');
    expect(feed.icon).to.equal('https://sotp.example.gov.vn/logo.png');
    expect(warnings).to.deep.equal([]);
  });

  it('reads the items (outside the channel), Dublin Core dates, creators and subjects', () => {
    const [first, second] = feed.items;
    expect(feed.items.map((i) => i.id)).to.deep.equal([
      'https://sotp.example.gov.vn/tin/101',
      'https://sotp.example.gov.vn/tin/102',
    ]);
    expect(first!.title).to.equal('Phổ biến Luật Hộ tịch sửa đổi');
    expect(first!.url).to.equal('https://sotp.example.gov.vn/tin/101');
    expect(first!.summary).to.equal('Sở Tư pháp tổ chức hội nghị phổ biến Luật Hộ tịch.');
    expect(first!.published!.toISOString()).to.equal('2026-11-20T03:00:00.000Z');
    expect(first!.authors).to.deep.equal([{ name: 'Phòng Phổ biến pháp luật', url: undefined }]);
    expect(first!.tags).to.deep.equal(['Pháp luật']);
    expect(first!.language).to.equal('vi');
    // A date alone was a day in Vietnam.
    expect(second!.published!.toISOString()).to.equal('2026-11-18T17:00:00.000Z');
  });

  it('is sniffed by parseFeedText', async () => {
    const sniffed = await parseFeedText(RDF_FEED, 'https://sotp.example.gov.vn/rss.rdf', () => {});
    expect(sniffed).to.deep.equal(feed);
  });
});

describe('parseXmlFeed: feeds that are not well-formed XML', () => {
  const { feed, warnings } = parse(BROKEN_RSS, 'https://huyen.example.gov.vn/rss.aspx');
  const item = feed.items[0]!;

  it('parses after mending HTML entities, bare "&", undeclared prefixes and control characters', () => {
    expect(feed.title).to.equal('UBND huyện Thử Nghiệm – Tin tức & Sự kiện');
    expect(feed.description).to.equal('Tin tức');
    expect(feed.homePageUrl).to.equal('https://huyen.example.gov.vn/?cat=1&page=1');
    expect(item.id).to.equal('https://huyen.example.gov.vn/tin.aspx?id=7&cat=1');
    expect(item.url).to.equal('https://huyen.example.gov.vn/tin.aspx?id=7&cat=1');
    // Entities decoded, then a combining tone mark after "&ecirc;" composed (NFC).
    expect(item.title).to.equal('Thông báo lễ khởi công “đường ĐT.741” — giai đoạn 2…');
    expect(item.summary).to.equal('Sáng 20/11 tại xã A & B, huyện tổ chức lễ khởi công.');
    expect(item.authors).to.deep.equal([{ name: 'Lê Văn C', url: undefined }]);
    expect(item.published!.toISOString()).to.equal('2026-11-20T01:30:00.000Z');
  });

  it('leaves CDATA sections untouched', () => {
    expect(item.contentHtml).to.equal('<p>Sáng 20/11&nbsp;tại xã A &amp; B.</p>');
  });

  it('warns once that the feed needed mending', () => {
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^The feed is not well-formed XML \(error on line \d+ at column \d+: .+\); read it after mending/,
    );
  });

  it('also parses through parseFeedText', async () => {
    const sniffed = await parseFeedText(BROKEN_RSS, 'https://huyen.example.gov.vn/rss.aspx', () => {});
    expect(sniffed.items[0]!.title).to.equal('Thông báo lễ khởi công “đường ĐT.741” — giai đoạn 2…');
  });

  it('still fails with kind "parse" when mending is not enough', async () => {
    const broken = rss('<item><title>Mở</item>');
    const error = await errorOf(() => parseXmlFeed(broken, 'https://x.example.vn/rss', () => {}));
    expect(error).not.to.equal('no error');
    expect((error as FeedError).kind).to.equal('parse');
    expect((error as FeedError).url).to.equal('https://x.example.vn/rss');
    expect((error as FeedError).message).to.match(/^The feed is not well-formed XML: error on line 1 at column \d+/);
    // The parser's message, not the test page's address (Firefox's names the page).
    expect((error as FeedError).message).not.to.include(location.host);
    expect(await kindOf(() => parseFeedText(rss('<item><title>A & B &nbsp;</item>'), undefined, () => {}))).to.equal(
      'parse',
    );
  });

  it('turns unknown entity names into text instead of failing', () => {
    const { feed: f } = parse(rss('<item><guid>1</guid><title>A &khongco; B &#X41;</title></item>'));
    expect(f.items[0]!.title).to.equal('A &khongco; B A');
  });
});

describe('parseXmlFeed: items without a title or an id', () => {
  const { feed, warnings } = parse(DESCRIPTION_ONLY_RSS, 'https://vp.example.gov.vn/rss');

  it('derives the title from the first twelve words of the description', () => {
    expect(feed.items[0]!.title).to.equal('Ủy ban nhân dân tỉnh vừa ban hành kế hoạch triển khai…');
    expect(feed.items[0]!.summary).to.equal(
      'Ủy ban nhân dân tỉnh vừa ban hành kế hoạch triển khai chương trình chuyển đổi số năm 2027 trên địa bàn toàn tỉnh.',
    );
    // Short enough: the whole text, no ellipsis.
    expect(feed.items[1]!.title).to.equal('Lịch tiếp công dân tuần này.');
  });

  it('generates a hashed id from the content', () => {
    expect(feed.items.map((i) => i.id)).to.deep.equal(['h-2ebf16a2', 'h-2536eb17']);
    expect(feed.items[0]!.url).to.equal(undefined);
  });

  it('skips an item with nothing in it, warning with its index', () => {
    expect(feed.items).to.have.length(2);
    expect(warnings).to.deep.equal(['Skipped item 2: no guid, link, title or description.']);
  });

  it('gives the same ids every time the same feed is parsed', () => {
    const again = parse(DESCRIPTION_ONLY_RSS, 'https://vp.example.gov.vn/rss').feed;
    expect(again.items.map((i) => i.id)).to.deep.equal(['h-2ebf16a2', 'h-2536eb17']);
    const elsewhere = parse(DESCRIPTION_ONLY_RSS, 'https://khac.example.vn/feed').feed;
    expect(elsewhere.items.map((i) => i.id)).to.deep.equal(['h-2ebf16a2', 'h-2536eb17']);
  });

  it('keeps the first of duplicated ids and warns for the rest', () => {
    const { feed: f, warnings: w } = parse(
      rss(
        '<item><guid>a</guid><title>Một</title></item><item><guid> a </guid><title>Hai</title></item><item><description>X</description></item><item><description>X</description></item>',
      ),
    );
    expect(f.items.map((i) => `${i.id}:${i.title}`)).to.deep.equal(['a:Một', `${f.items[1]!.id}:X`]);
    expect(f.items[1]!.id).to.match(/^h-[0-9a-f]{8}$/);
    expect(w).to.deep.equal([`Skipped 2 items (1, 3): duplicate id ("a", "${f.items[1]!.id}").`]);
  });

  it('uses a permalink guid as the URL when there is no link', () => {
    const { feed: f } = parse(rss('<item><guid>https://vp.example.gov.vn/tin/9</guid><title>Chín</title></item>'));
    expect(f.items[0]!.url).to.equal('https://vp.example.gov.vn/tin/9');
    expect(f.items[0]!.id).to.equal('https://vp.example.gov.vn/tin/9');
  });

  it('accepts an empty channel', () => {
    const { feed: f, warnings: w } = parse(rss(''));
    expect(f.items).to.deep.equal([]);
    expect(f.title).to.equal('T');
    expect(w).to.deep.equal([]);
  });
});

describe('parseXmlFeed: enclosures and Media RSS', () => {
  const { feed, warnings } = parse(MEDIA_RSS, 'https://stc.example.gov.vn/rss.xml');
  const [enclosures, media, group] = feed.items;

  it('turns an image enclosure into the image and the others into attachments', () => {
    expect(enclosures!.id).to.equal('stc-123');
    // A non-permalink guid is not a URL; the relative link resolves against the feed.
    expect(enclosures!.url).to.equal('https://stc.example.gov.vn/tin/qd-123.html');
    expect(enclosures!.image).to.equal('https://stc.example.gov.vn/anh/le-ky-ket.jpg');
    expect(enclosures!.attachments).to.deep.equal([
      {
        url: 'https://stc.example.gov.vn/files/qd-123.pdf',
        mimeType: 'application/pdf',
        title: undefined,
        sizeInBytes: 245760,
        durationInSeconds: undefined,
      },
      {
        url: 'https://stc.example.gov.vn/files/phu-luc.xlsx',
        mimeType: 'application/vnd.ms-excel',
        title: undefined,
        sizeInBytes: undefined,
        durationInSeconds: undefined,
      },
      {
        url: 'https://stc.example.gov.vn/files/bieu-mau.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        title: undefined,
        sizeInBytes: undefined,
        durationInSeconds: undefined,
      },
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('takes an image media:content before the thumbnail and the description <img>', () => {
    expect(media!.image).to.equal('https://stc.example.gov.vn/anh/hoi-nghi-media.jpg');
    // media:title is not the item title.
    expect(media!.title).to.equal('Hội nghị giao dự toán');
    expect(media!.attachments).to.deep.equal([]);
  });

  it('finds a thumbnail inside media:group', () => {
    expect(group!.image).to.equal('https://stc.example.gov.vn/anh/thumb-125.jpg');
    expect(group!.url).to.equal(undefined);
  });

  it('keeps the renditions of a media:group with a width for srcset, not loose media:content', () => {
    const media = 'xmlns:media="http://search.yahoo.com/mrss/"';
    const { feed: f, warnings } = parse(
      `<?xml version="1.0"?><rss version="2.0" ${media}><channel><title>T</title>
      <item><guid>1</guid><media:group>
        <media:content url="anh/a-800.jpg" medium="image" type="image/jpeg" width="800"/>
        <media:content url="anh/a-320.avif" type="image/avif" width="320"/>
        <media:content url="anh/a-320.jpg" medium="image" width="320"/>
        <media:content url="javascript:alert(1)" type="image/jpeg" width="480"/>
        <media:content url="anh/a.jpg" type="image/jpeg" width="wide"/>
      </media:group></item>
      <item><guid>2</guid><media:content url="anh/b.jpg" medium="image" width="800"/><media:content url="anh/c.jpg" medium="image" width="320"/></item>
      </channel></rss>`,
    );
    expect(warnings).to.deep.equal([]);
    const [grouped, loose] = f.items;
    expect(grouped!.image).to.equal('https://tinh.example.gov.vn/anh/a-800.jpg');
    expect(grouped!.imageSources).to.deep.equal([
      { url: 'https://tinh.example.gov.vn/anh/a-800.jpg', width: 800, mimeType: 'image/jpeg' },
      { url: 'https://tinh.example.gov.vn/anh/a-320.avif', width: 320, mimeType: 'image/avif' },
      { url: 'https://tinh.example.gov.vn/anh/a-320.jpg', width: 320 },
    ]);
    // Two pictures side by side in an item are not one picture's sizes.
    expect(loose!.image).to.equal('https://tinh.example.gov.vn/anh/b.jpg');
    expect(loose!.imageSources).to.equal(undefined);
  });

  it('falls back to the description <img> and resolves it against the item URL', () => {
    const { feed: f } = parse(
      rss(
        '<item><guid>1</guid><link>https://a.example.vn/tin/1/</link><description><![CDATA[<p><img data-src="anh.jpg" src="data:image/gif;base64,R0lGOD"></p>]]></description></item>',
      ),
    );
    expect(f.items[0]!.image).to.equal('https://a.example.vn/tin/1/anh.jpg');
  });
});

describe('parseXmlFeed: hostile markup stays inert', () => {
  before(() => {
    delete window.__xmlFeedXss;
  });

  it('keeps titles plain text and drops javascript:/data: URLs', async () => {
    const { feed } = parse(HOSTILE_RSS, 'https://tinh.example.gov.vn/rss.xml');
    const [first, second] = feed.items;
    expect(feed.title).to.equal('Kênh');
    expect(feed.homePageUrl).to.equal(undefined);
    expect(feed.icon).to.equal(undefined);
    expect(first!.id).to.equal('hostile-1');
    expect(first!.title).to.equal('Tin nóng');
    expect(first!.title).not.to.contain('<');
    expect(first!.url).to.equal(undefined);
    // The data: media:content is dropped; the description's relative <img src="x"> is a plain https URL.
    expect(first!.image).to.equal('https://tinh.example.gov.vn/x');
    expect(first!.attachments).to.deep.equal([]);
    expect(first!.tags).to.deep.equal(['Chuyên mục']);
    // Code inside <script> is not summary text (wherever the HTML parser would have put it).
    expect(first!.summary).to.equal('Nội dung đậm');
    // The body stays raw: the renderer's sanitiser is what makes it safe.
    expect(first!.contentHtml).to.contain('<script>');
    expect(second!.title).to.equal("Tin window.__xmlFeedXss='xml-script'thứ hai");
    expect(second!.image).to.equal(undefined);
    expect(second!.url).to.equal('https://ok.example.gov.vn/tin/2');
    // Markup that reached a live document would run once its image `x` failed to load: a control
    // image of that same URL, started now, has failed by then too.
    await new Promise((resolve) => {
      const control = new Image();
      control.onerror = control.onload = resolve;
      control.src = 'x';
    });
    expect(window.__xmlFeedXss).to.equal(undefined);
    expect(document.querySelector('script[src="x"], img[src="x"]')).to.equal(null);
  });
});

describe('parseXmlFeed: documents that are not feeds', () => {
  it('an HTML page → parse (through parseFeedText and directly)', async () => {
    expect(await kindOf(() => parseFeedText(HTML_PAGE, 'https://tinh.example.gov.vn/rss', () => {}))).to.equal('parse');
    expect(await kindOf(() => parseXmlFeed(HTML_PAGE, 'https://tinh.example.gov.vn/rss', () => {}))).to.equal('parse');
  });

  it('well-formed XML of another kind → schema', async () => {
    const error = await errorOf(() => parseXmlFeed(SITEMAP_XML, 'https://tinh.example.gov.vn/sitemap.xml', () => {}));
    expect(error).not.to.equal('no error');
    expect((error as FeedError).kind).to.equal('schema');
    expect((error as FeedError).message).to.equal('The XML document is not an RSS or Atom feed (root <urlset>)');
    expect(
      await kindOf(() =>
        parseXmlFeed('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', undefined, () => {}),
      ),
    ).to.equal('schema');
    expect(
      await kindOf(() => parseXmlFeed('<feed xmlns="http://example.com/other"><entry/></feed>', undefined, () => {})),
    ).to.equal('schema');
  });

  it('<rss> without a channel → schema, through parseFeedText too', async () => {
    expect(
      await kindOf(() => parseFeedText('<rss version="2.0"><item><title>x</title></item></rss>', undefined, () => {})),
    ).to.equal('schema');
  });

  it('truncated XML → parse', async () => {
    expect(await kindOf(() => parseFeedText(VNEXPRESS_RSS.slice(0, 900), undefined, () => {}))).to.equal('parse');
  });
});

describe('parseXmlFeed: Vietnamese text normalisation', () => {
  const { feed, warnings } = parse(ENCODING_RSS);

  it('repairs mojibake titles', () => {
    expect(feed.items[0]!.title).to.equal('Hội nghị tổng kết công tác năm 2026');
  });

  it('composes NFD text to NFC', () => {
    const nfd = feed.items[1]!;
    expect(nfd.title).to.equal('Quảng Trị đón bão số 13');
    expect(nfd.title).to.equal(nfd.title.normalize('NFC'));
    expect(nfd.title.length).to.equal('Quảng Trị đón bão số 13'.normalize('NFC').length);
    expect(nfd.summary).to.equal('Người dân sơ tán');
    expect(feed.title).to.equal('Đà Nẵng');
    expect(warnings).to.deep.equal([]);
  });

  it('warns about legacy TCVN3 text, naming the item', () => {
    const { warnings: w } = parse(
      rss('<item><guid>tcvn</guid><title>Th«ng b¸o vÒ viÖc tæ chøc héi nghÞ</title></item>'),
    );
    expect(w).to.deep.equal([
      'Item 0 ("tcvn") looks like TCVN3-encoded text, not Unicode; ask the publisher to convert it.',
    ]);
  });
});
