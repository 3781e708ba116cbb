// Ordinary Vietnamese news content through the parsers: nothing the feed meant as text is lost,
// nothing one item does costs the others.
import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/parse.js';
import { parseJsonFeed, plainText } from '../sync-parsers.js';
import { parseXmlFeed } from '../../src/feed/xml-feed.js';

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Kênh</title>${items}</channel></rss>`;

describe('plain-text fields keep text that is not a tag', () => {
  const cases: [string, string][] = [
    ['Chương trình <<Xuân yêu thương>> năm 2026', 'Chương trình <<Xuân yêu thương>> năm 2026'],
    ['Chương trình <‹Xuân yêu thương>> năm 2026', 'Chương trình <‹Xuân yêu thương>> năm 2026'],
    ['Đêm nhạc <<Sao Mai>> tại quảng trường', 'Đêm nhạc <<Sao Mai>> tại quảng trường'],
    ['Hỗ trợ hộ nghèo vay <100 triệu đồng', 'Hỗ trợ hộ nghèo vay <100 triệu đồng'],
    ['Hướng dẫn <style> cho cán bộ xã', 'Hướng dẫn <style> cho cán bộ xã'],
    ['Lãi suất < 5% và > 3%', 'Lãi suất < 5% và > 3%'],
    ['Tin <tin nóng> hôm nay', 'Tin <tin nóng> hôm nay'],
    ['Phim <<Em và Trịnh>> ra rạp', 'Phim <<Em và Trịnh>> ra rạp'],
    ['Bài hát <Em ơi Hà Nội phố> được yêu thích', 'Bài hát <Em ơi Hà Nội phố> được yêu thích'],
    ['<img alt=Ảnh src=x>Tin <em>đặc biệt</em>', 'Tin đặc biệt'],
    ['<b>Tin</b> mới &amp; <i>nóng</i>', 'Tin mới & nóng'],
    ['<p>Một</p><p>Hai</p><br>Ba', 'Một Hai Ba'],
    ['Tin <img src=x onerror="alert(1)"> ảnh', 'Tin ảnh'],
    ['Ảnh <span title="a > b">lễ</span> hội', 'Ảnh lễ hội'],
    ['<style>p { color: red }</style>Tin', 'Tin'],
    ['Mẫu <o:p></o:p>Word', 'Mẫu Word'],
    ['Chú thích <!-- ẩn --> hiện', 'Chú thích hiện'],
    ['&lt;Không phải thẻ&gt; &copy; 2026', '<Không phải thẻ> © 2026'],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      expect(plainText(input)).to.equal(expected);
    });
  }

  it('the same in RSS titles (XML-escaped) and JSON Feed titles', async () => {
    const xml = parseXmlFeed(
      rss('<item><guid>1</guid><title>Chương trình &lt;&lt;Xuân yêu thương&gt;&gt; năm 2026</title></item>'),
      undefined,
      () => {},
    );
    expect(xml.items[0]!.title).to.equal('Chương trình <<Xuân yêu thương>> năm 2026');
    const json = await parseFeedText(
      JSON.stringify({ items: [{ id: '1', title: 'Hướng dẫn <style> cho cán bộ xã' }] }),
      undefined,
      () => {},
    );
    expect(json.items[0]!.title).to.equal('Hướng dẫn <style> cho cán bộ xã');
  });
});

describe('card images and links taken from RSS descriptions come through unchanged', () => {
  it('a Drupal image-style path and an "ông…" slug', () => {
    const feed = parseXmlFeed(
      rss(`<item><guid>1</guid><title>T</title><link>/tin-tuc/ong-nguyen-van-a-tiep-doan.html</link>
        <description><![CDATA[<img alt='Ảnh "lễ ký kết" onclick=1' src="/sites/styles/large/anh.png"><p>Tóm tắt</p>]]></description></item>`),
      'https://tinh.example.gov.vn/rss.xml',
      () => {},
    );
    expect(feed.items[0]!.image).to.equal('https://tinh.example.gov.vn/sites/styles/large/anh.png');
    expect(feed.items[0]!.url).to.equal('https://tinh.example.gov.vn/tin-tuc/ong-nguyen-van-a-tiep-doan.html');
    expect(feed.items[0]!.summary).to.equal('Tóm tắt');
    expect(feed.items[0]!.contentHtml).to.contain(`alt='Ảnh "lễ ký kết" onclick=1'`);
  });
});

describe('one bad item never costs the feed', () => {
  it('an enclosure whose file name ends in ".constructor" (found Object.prototype.constructor)', () => {
    const feed = parseXmlFeed(
      rss(`<item><guid>1</guid><title>Một</title><enclosure url="https://a.vn/van-ban.constructor" length="5" /></item>
        <item><guid>2</guid><title>Hai</title><enclosure url="https://a.vn/x.__proto__" /></item>`),
      undefined,
      () => {},
    );
    expect(feed.items.map((item) => item.attachments[0]?.mimeType)).to.deep.equal([
      'application/octet-stream',
      'application/octet-stream',
    ]);
  });

  it('an item whose reading throws is skipped with a warning; the others stay', () => {
    const warnings: string[] = [];
    const trap = {
      get id(): string {
        throw new TypeError('boom');
      },
    };
    const feed = parseJsonFeed(
      { items: [{ id: 'a', title: 'Một' }, trap, { id: 'b', title: 'Hai' }] },
      undefined,
      (m) => warnings.push(m),
    );
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(warnings).to.deep.equal(['Skipped item 1: could not be read (TypeError).']);
  });

  it('a 600 KB feed of invalid items says so in a line per reason, not one per item', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? 'x' : { title: 'không id' }));
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [...items, { id: 'ok', title: 'Được' }],
    });
    expect(body.length).to.be.above(600_000);
    const warnings: string[] = [];
    const feed = await parseFeedText(body, 'https://a.vn/feed.json', (m) => warnings.push(m));
    expect(feed.items.map((item) => item.id)).to.deep.equal(['ok']);
    expect(warnings).to.deep.equal([
      'Skipped 50000 items (0, 2, 4, 6, 8, …): no usable id.',
      'Skipped 50000 items (1, 3, 5, 7, 9, …): not an object.',
    ]);
  });
});
