// fixtureSync for plain wrappers: fixture() waits for an animation frame, and a background
// test tab gets none.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import { FULL_FEED, feedUrl, manyItemsFeed } from '../fixtures/feeds.js';
import { freshCaches, until } from '../helpers.js';

const cards = (el: TinFeed) => [...el.shadowRoot!.querySelectorAll<TinCard>('tin-card[data-id]')];
const articleView = (el: TinFeed) => el.shadowRoot!.querySelector<TinArticle>('tin-article');
const cardLink = (card: TinCard) => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;

async function loaded(el: TinFeed): Promise<TinCard[]> {
  await until(() => cards(el).length && cardLink(cards(el)[0]!), 4000, 'cards');
  return cards(el);
}

describe('<tin-feed>', () => {
  const start = location.href;
  beforeEach(freshCaches);
  afterEach(() => {
    history.replaceState(null, '', start);
    document.head.querySelectorAll('script[data-tin-widgets]').forEach((s) => s.remove());
  });

  it('shows the feed as a grid of cards, limited, with a "Xem thêm" button', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(manyItemsFeed(8))} limit="3"></tin-feed>`);
    await expect(el).to.be.accessible();
    const shown = await loaded(el);
    await expect(el).to.be.accessible();
    expect(shown.map((c) => c.dataset['id'])).to.deep.equal(['n-1', 'n-2', 'n-3']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    await el.updateComplete;
    expect(cards(el)).to.have.length(6);
  });

  it('"Xem thêm" moves focus to the first new card and announces it; the last page too', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(manyItemsFeed(8))} limit="3"></tin-feed>`);
    await loaded(el);
    const root = el.shadowRoot!;
    const more = () => root.querySelector<HTMLButtonElement>('[part~="more-button"]');
    const region = () => root.querySelector('p.visually-hidden[role="status"]')!;
    more()!.click();
    await until(() => root.activeElement === cards(el)[3], 2000, 'focus on card 4');
    // On its title link, the card's only focusable element.
    expect(cards(el)[3]!.shadowRoot!.activeElement).to.equal(cardLink(cards(el)[3]!));
    expect(region().textContent!.trim()).to.equal('Đã hiển thị thêm 3 tin');
    more()!.click();
    await until(() => root.activeElement === cards(el)[6], 2000, 'focus on card 7');
    expect(more()).to.equal(null);
    expect(region().textContent!.trim()).to.equal('Đã hiển thị thêm 2 tin');
    await expect(el).to.be.accessible();
  });

  it('lays out columns and reflows on narrow screens', async () => {
    const wide = await fixture<TinFeed>(
      html`<tin-feed style="width:1200px" columns="4" src=${feedUrl(manyItemsFeed(8))}></tin-feed>`,
    );
    await loaded(wide);
    const tops = (el: TinFeed) =>
      new Set(
        cards(el)
          .slice(0, 4)
          .map((c) => Math.round(c.getBoundingClientRect().top)),
      );
    expect(tops(wide).size).to.equal(1);
    const narrow = await fixture<TinFeed>(
      html`<tin-feed style="width:320px" columns="4" src=${feedUrl(manyItemsFeed(8))}></tin-feed>`,
    );
    await loaded(narrow);
    expect(tops(narrow).size).to.equal(4);
  });

  it('opens an article in place, moves focus to its heading, and goes back with "Quay lại"', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>`);
    const [first] = await loaded(el);
    const link = cardLink(cards(el).find((c) => c.dataset['id'] === 'tin-1')!);
    expect(new URL(link.href).hash).to.equal('#tin=tin-1');
    link.click();
    await until(() => articleView(el)?.shadowRoot?.querySelector('h1'), 4000, 'article view');
    expect(location.hash).to.equal('#tin=tin-1');
    const view = articleView(el)!;
    await until(
      () => view.shadowRoot!.activeElement === view.shadowRoot!.querySelector('h1'),
      2000,
      'focus on heading',
    );
    await expect(el).to.be.accessible();
    expect(first).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await until(() => !articleView(el) && cards(el).length, 4000, 'grid again');
    expect(location.hash).to.equal('');
    const returned = cards(el).find((c) => c.dataset['id'] === 'tin-1')!;
    await until(() => el.shadowRoot!.activeElement === returned, 2000, 'focus back on the card');
  });

  it('shows a Vietnamese error with "Thử lại" when the article view cannot be downloaded, and opens it on retry', async () => {
    const realLoader = TinFeed.loadArticleView;
    let failing = true;
    TinFeed.loadArticleView = () => (failing ? Promise.resolve(false) : realLoader());
    try {
      const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>`);
      await loaded(el);
      cardLink(cards(el)[0]!).click();
      const error = await until(() => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]'), 4000, 'error box');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include('Hiện chưa tải được tin bài. Vui lòng kiểm tra kết nối mạng rồi thử lại.');
      expect(articleView(el), 'no empty article view').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="back-button"]'), 'the way back stays').to.exist;
      await expect(el).to.be.accessible();
      const retry = error.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
      await until(
        () => el.shadowRoot!.activeElement === retry,
        2000,
        'focus on "Thử lại" (the card link it had is gone)',
      );
      failing = false;
      retry.click();
      await until(() => articleView(el)?.shadowRoot?.querySelector('h1'), 4000, 'article view after retry');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      const view = articleView(el)!;
      await until(
        () => view.shadowRoot!.activeElement === view.shadowRoot!.querySelector('h1'),
        2000,
        'focus on the title after retry',
      );
    } finally {
      TinFeed.loadArticleView = realLoader;
    }
  });

  it('the browser back button closes the article', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>`);
    await loaded(el);
    cardLink(cards(el)[0]!).click();
    await until(() => articleView(el));
    history.back();
    await until(() => !articleView(el), 4000, 'closed by popstate');
  });

  it('lands on the article when loaded with a deep link (reload / shared link)', async () => {
    history.replaceState(null, '', '#tin=2');
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>`);
    // While the feed loads, the article view already holds the place (its skeleton's h1).
    const h1 = await until(
      () => articleView(el)?.shadowRoot?.querySelector('[part="article"]:not(.skeleton) h1'),
      4000,
      'deep-linked article',
    );
    expect(h1.textContent).to.equal('Đẩy mạnh chuyển đổi số trong cơ quan nhà nước');
    await expect(el).to.be.accessible();
  });

  it('hands its sanitizer choice to the article view', async () => {
    history.replaceState(null, '', '#tin=2');
    const el = await fixture<TinFeed>(html`<tin-feed sanitizer="dompurify" src=${feedUrl(FULL_FEED)}></tin-feed>`);
    await until(() => articleView(el)?.shadowRoot?.querySelector('h1'), 4000, 'deep-linked article');
    expect(articleView(el)!.sanitizer).to.equal('dompurify');
  });

  it('an unknown deep link shows "not found" with a way back', async () => {
    history.replaceState(null, '', '#tin=khong-co');
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>`);
    await until(() => articleView(el)?.shadowRoot?.querySelector('[part="error"]'), 4000, 'not found');
    expect(el.shadowRoot!.querySelector('[part~="back-button"]')).to.exist;
  });

  it('query mode keeps the article in ?tin=', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed url-mode="query" src=${feedUrl(FULL_FEED)}></tin-feed>`);
    await loaded(el);
    cardLink(cards(el).find((c) => c.dataset['id'] === 'tin-3')!).click();
    await until(() => articleView(el));
    expect(new URL(location.href).searchParams.get('tin')).to.equal('tin-3');
  });

  it('two feeds on one page keep separate URL parameters', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>
      <tin-feed src=${feedUrl(manyItemsFeed(4))}></tin-feed>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('tin-feed')] as TinFeed[];
    await loaded(a!);
    await loaded(b!);
    cardLink(cards(a!)[0]!).click();
    await until(() => articleView(a!));
    cardLink(cards(b!)[1]!).click();
    await until(() => articleView(b!));
    const params = new URLSearchParams(location.hash.slice(1));
    expect(params.get('tin')).to.equal('2');
    expect(params.get('tin-2')).to.equal('n-2');
    expect(articleView(a!)!.currentArticle!.id).to.equal('2');
  });

  it('tin-select can be cancelled to route elsewhere', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed src=${feedUrl(FULL_FEED)}></tin-feed>`);
    await loaded(el);
    const selected: string[] = [];
    el.addEventListener('tin-select', (event) => {
      selected.push(event.detail.article.id);
      event.preventDefault();
    });
    cardLink(cards(el)[0]!).click();
    await el.updateComplete;
    expect(selected).to.deep.equal(['2']);
    expect(articleView(el)).to.equal(null);
    expect(location.hash).to.equal('');
  });
});

describe('<tin-feed> images', () => {
  it('fetches the first row’s images at once (the first with high priority), the rest lazily', async () => {
    const withImages = manyItemsFeed(12);
    const image = new URL('/test/fixtures/anh.svg', location.href).href;
    for (const item of withImages.items) Object.assign(item, { image });
    const el = await fixture<TinFeed>(
      html`<tin-feed style="display: block; width: 780px" columns="3" src=${feedUrl(withImages)}></tin-feed>`,
    );
    const images = await until(() => {
      const found = cards(el).map((card) => card.shadowRoot!.querySelector<HTMLImageElement>('img[part="image"]'));
      return found.length === 12 && found.every(Boolean) ? (found as HTMLImageElement[]) : undefined;
    });
    // The first row is in view; the cards' place decides, not a layout read per card.
    const firstRow = images.slice(0, 3).map((img) => img.getBoundingClientRect().top);
    expect(firstRow.every((top) => top === firstRow[0] && top < innerHeight)).to.equal(true);
    expect(images.map((img) => img.loading)).to.deep.equal(images.map((_, i) => (i < 3 ? 'eager' : 'lazy')));
    expect(images.map((img) => img.getAttribute('fetchpriority'))).to.deep.equal(
      images.map((_, i) => (i === 0 ? 'high' : null)),
    );
  });
});

describe('<tin-feed embed-hosts>', () => {
  afterEach(() => history.replaceState(history.state, '', location.pathname + location.search));

  it("reaches the open article: the portal's own video host plays in its body", async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tin video',
      items: [
        {
          id: 'v1',
          url: 'https://tinh.example.gov.vn/tin/v1.html',
          title: 'Họp báo thường kỳ quý IV',
          content_html: '<p>Mở đầu.</p><iframe src="https://video.tinh.gov.vn/play/7"></iframe>',
        },
      ],
    };
    const el = await fixture<TinFeed>(html`<tin-feed embed-hosts="video.tinh.gov.vn" src=${feedUrl(feed)}></tin-feed>`);
    await until(() => cards(el).length === 1, 4000, 'the card');
    el.open('v1');
    const frame = await until(
      () => articleView(el)?.shadowRoot?.querySelector<HTMLIFrameElement>('[part="body"] iframe'),
      6000,
      'the player in the open article',
    );
    expect(frame.getAttribute('src')).to.equal('https://video.tinh.gov.vn/play/7');
  });
});
