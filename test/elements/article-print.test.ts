// Printing an article, read back from the PDF the browser makes (test/server/print-pdf.mjs): in
// every context the page gives the article alone, with its sapo, lead image and address, no
// buttons, no host page around it and no blank pages, from the button and from the browser's
// own Print (page.pdf() fires beforeprint/afterprint as Ctrl+P does).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import { parseJsonFeed } from '../../src/feed/json-feed.js';
import { freshCaches, resetHash, until } from '../helpers.js';
import { type Printed, printPage, skipUnlessPrinting } from '../print-pdf.js';

const IMAGE = new URL('/test/fixtures/anh-bia.png', location.href).href;
const item = (id: string, title: string, body: string) => ({
  id,
  url: `https://tinh.example.gov.vn/tin-tuc/${id}.html`,
  title,
  summary: `Sapo của bài ${id}: UBND tỉnh tổ chức hội nghị tổng kết năm.`,
  content_html: `<p>${body}</p><p>Các đại biểu thảo luận về kế hoạch năm tới.</p>`,
  image: IMAGE,
  date_published: '2026-11-20T09:03:00+07:00',
  authors: [{ name: 'Minh Anh' }],
});
const feed = parseJsonFeed(
  {
    title: 'Cổng thông tin điện tử tỉnh Thử Nghiệm',
    items: [
      {
        ...item('mot', 'Hội nghị tổng kết công tác năm 2026', 'Sáng 20/11, UBND tỉnh tổ chức hội nghị tổng kết.'),
        tags: ['Hội nghị'],
      },
      item('hai', 'Khánh thành cầu Thống Nhất nối hai huyện', 'Chiều 19/11, tỉnh khánh thành cầu mới.'),
      // Two of them share a subject: the open article has "Tin liên quan" on screen, not in print.
      { ...item('ba', 'Tuyển sinh lớp 10 năm học mới', 'Sở Giáo dục công bố lịch tuyển sinh.'), tags: ['Hội nghị'] },
    ],
  },
  'https://tinh.example.gov.vn/feed.json',
  () => {},
);
const [first, second] = feed.items as [(typeof feed.items)[0], (typeof feed.items)[0]];

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The article alone, whole: what every context must print. */
function expectArticleAlone(printed: Printed, article: typeof first): void {
  const text = words(printed.text);
  expect(text).to.contain(article.title);
  expect(text).to.contain('Đăng ngày 20-11-2026 09:03');
  expect(text).to.contain(article.summary);
  expect(text).to.contain('Các đại biểu thảo luận về kế hoạch năm tới.');
  expect(text).to.contain('Minh Anh');
  expect(text).to.contain(`Địa chỉ bài viết: ${article.url}`);
  for (const button of [
    'In bài viết',
    'Cỡ chữ',
    'Sao chép liên kết',
    'Quay lại',
    'Các tin khác',
    'Tin trước',
    'Tin sau',
    'Tin liên quan',
  ])
    expect(text, button).not.to.contain(button);
  expect(printed.images, 'the lead image').to.equal(1);
  expect(printed.pages, 'pages').to.equal(1);
}

const articleReady = async (el: TinArticle) => {
  await until(() => el.shadowRoot!.querySelector('[part="body"]'), 4000, 'the article body');
  const img = await until(() => el.shadowRoot!.querySelector<HTMLImageElement>('[part="lead-image"] img'));
  await until(() => img.complete && img.naturalWidth, 4000, 'the lead image');
  await el.updateComplete;
};

describe('printing an article', function () {
  // Each test lays out and prints a page to PDF (some twice) and reads it back: room for a busy machine.
  this.timeout(30_000);
  before(skipUnlessPrinting);
  beforeEach(freshCaches);
  afterEach(resetHash);

  it('standalone: Ctrl+P prints the article alone on one page, "Các tin khác" and tools left out', async () => {
    const el = await fixture<TinArticle>(html`<tin-article no-json-ld .article=${first} .feed=${feed}></tin-article>`);
    await articleReady(el);
    // On screen: previous/next and "Tin liên quan", which the print leaves out with "Các tin khác".
    expect([...el.shadowRoot!.children].map((child) => child.getAttribute('part'))).to.deep.equal([
      'article',
      'adjacent',
      'related',
      'other',
    ]);
    expectArticleAlone(await printPage('standalone'), first);
    // Printing left the page as it was.
    expect(el.hasAttribute('data-tin-printing')).to.equal(false);
    expect(
      document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('tin-print'))),
    ).to.equal(false);
  });

  it('an article with nothing to show yet (lazy, not near; still loading) leaves Ctrl+P to print the page', async () => {
    const page = await fixture(html`<div>
      <p>Trang chủ của cổng thông tin tỉnh Thử Nghiệm</p>
      <tin-article></tin-article>
    </div>`);
    const el = page.querySelector<TinArticle>('tin-article')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the article still loading').to.not.equal(null);
    const printed = await printPage('nothing-yet');
    expect(words(printed.text)).to.contain('Trang chủ của cổng thông tin tỉnh Thử Nghiệm');
  });

  it('inside <tin-feed>: Ctrl+P on the open article prints it, not the grid or "Quay lại"', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed .feed=${feed}></tin-feed>`);
    el.open(first.id);
    const view = await until(() => el.shadowRoot!.querySelector<TinArticle>('tin-article'), 8000, 'the article view');
    await articleReady(view);
    const printed = await printPage('feed');
    expectArticleAlone(printed, first);
    expect(words(printed.text)).not.to.contain(feed.items[2]!.title);
    expect(el.shadowRoot!.querySelector('[data-tin-print-hide]')).to.equal(null);
  });

  it("inside a host page's layout: no header, sidebar or footer, the scrolling shell does not clip it", async () => {
    const page = await fixture(html`<div class="portal">
      <style>
        html,
        body {
          height: 100%;
          overflow: hidden;
        }
        .portal {
          display: grid;
          grid-template-columns: 14rem 1fr 10rem;
          height: 100vh;
          padding-top: 5rem;
        }
        .portal header {
          position: fixed;
          inset: 0 0 auto 0;
          height: 5rem;
        }
        .portal main {
          overflow: auto;
          height: 30vh;
        }
      </style>
      <header>Cổng thông tin điện tử tỉnh</header>
      <aside>Liên kết website</aside>
      <main>
        <p>Trang chủ › Tin tức</p>
        <tin-article no-json-ld .article=${first} .feed=${feed}></tin-article>
      </main>
      <aside>Thăm dò ý kiến</aside>
      <footer>Bản quyền thuộc UBND tỉnh</footer>
    </div>`);
    await articleReady(page.querySelector('tin-article')!);
    const printed = await printPage('host');
    expectArticleAlone(printed, first);
    for (const host of ['Cổng thông tin điện tử tỉnh', 'Liên kết website', 'Trang chủ', 'Thăm dò', 'Bản quyền'])
      expect(words(printed.text), host).not.to.contain(host);
  });

  it('the "In bài viết" button prints its own article, though another one is first on the page', async () => {
    const page = await fixture(html`<div>
      <tin-article no-json-ld .article=${first}></tin-article>
      <tin-article no-json-ld .article=${second}></tin-article>
    </div>`);
    const [one, two] = [...page.querySelectorAll<TinArticle>('tin-article')] as [TinArticle, TinArticle];
    await Promise.all([articleReady(one), articleReady(two)]);
    const original = window.print;
    let called = 0;
    // The print dialog cannot open in a test: the button's print() is what the PDF then prints.
    window.print = () => void called++;
    try {
      [...two.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('In bài viết'))!.click();
      expect(called).to.equal(1);
      const printed = await printPage('button');
      expectArticleAlone(printed, second);
      expect(words(printed.text)).not.to.contain(first.title);
      // Once printed, Ctrl+P prints the article in view again (the first).
      const next = await printPage('after-button');
      expect(words(next.text)).to.contain(first.title);
      expect(words(next.text)).not.to.contain(second.title);
    } finally {
      window.print = original;
    }
  });
});
