// Printing cards and lists, read back from the PDF the browser makes (test/server/print-pdf.mjs):
// a card that meets a page break goes whole to the next sheet instead of leaving its title on one
// and its summary on the other (Chromium splits it otherwise; Firefox does not split such a card
// either way), and buttons, which paper cannot press, are not printed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { parseJsonFeed } from '../../src/feed/json-feed.js';
import { PAGE_HEIGHT, printPage, skipUnlessPrinting } from '../print-pdf.js';

const feed = parseJsonFeed(
  {
    items: [
      {
        id: 'ngat-trang',
        url: 'https://tinh.example.gov.vn/tin-tuc/ngat-trang.html',
        title: 'Tỉnh khởi công đường vành đai phía Bắc',
        summary: 'Sáng 25/11, UBND tỉnh khởi công tuyến đường dài 12 km nối ba huyện phía Bắc với trung tâm tỉnh.',
        date_published: '2026-11-25T08:15:00+07:00',
      },
      {
        id: 'tiep-dan',
        url: 'https://tinh.example.gov.vn/tin-tuc/tiep-dan.html',
        title: 'Lịch tiếp công dân tháng 12',
        date_published: '2026-11-24T10:00:00+07:00',
      },
    ],
  },
  'https://tinh.example.gov.vn/feed.json',
  () => {},
);
const article = feed.items[0]!;

describe('printing cards and lists', function () {
  // Each test lays out and prints a page to PDF and reads it back: room for a busy machine.
  this.timeout(30_000);
  before(skipUnlessPrinting);

  it('a card at a page break goes whole to the next page', async () => {
    // A fixed width, so the card is laid out the same on screen and on paper.
    const page = await fixture<HTMLDivElement>(html`<div style="width: 560px">
      <div class="spacer"></div>
      <tin-card .article=${article}></tin-card>
    </div>`);
    const card = page.querySelector<TinCard>('tin-card')!;
    await card.updateComplete;
    await expect(card).to.be.accessible();
    const spacer = page.querySelector<HTMLElement>('.spacer')!;
    const title = card.shadowRoot!.querySelector('[part="title"]')!.getBoundingClientRect();
    const summary = card.shadowRoot!.querySelector('[part="summary"]')!.getBoundingClientRect();
    // The page break falls between the card's title and its summary.
    const breakAt = (title.bottom + summary.top) / 2;
    spacer.style.height = `${PAGE_HEIGHT - (breakAt + window.scrollY)}px`;

    const printed = await printPage('card-at-break');
    const sheets = printed.text.split('\f').map((sheet) => sheet.replace(/\s+/g, ' '));
    expect(printed.pages, 'pages').to.equal(2);
    expect(sheets[0], 'the first page').not.to.contain('vành đai');
    expect(sheets[1], 'the second page').to.contain(article.title);
    expect(sheets[1], 'the second page').to.contain('khởi công tuyến đường dài 12 km');
  });

  it('"Xem thêm" is left off the paper, the items shown are printed', async () => {
    const list = await fixture<TinList>(html`<tin-list limit="1" load-more .feed=${feed}></tin-list>`);
    await list.updateComplete;
    await expect(list).to.be.accessible();
    // The control: the button is on screen.
    expect(list.shadowRoot!.querySelector('[part~="more-button"]')?.textContent).to.contain('Xem thêm');

    const text = (await printPage('list-more')).text.replace(/\s+/g, ' ');
    expect(text).to.contain(article.title);
    expect(text).not.to.contain('Xem thêm');
  });
});
