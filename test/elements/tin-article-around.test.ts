// What an open article offers next (issue 15): "Tin trước" / "Tin sau" by date, "Tin liên quan",
// then "Các tin khác" without the articles already listed; in <tin-article> and in <tin-feed>.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinSelectEvent } from '../../src/events.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { clickStayingHere, freshCaches, itemTexts, resetHash, until } from '../helpers.js';

const BASE = 'https://tinh.example.gov.vn/';
// A title whose text is markup (entities in the feed): it must stay text.
const HOSTILE = '<img src=x onerror="window.__relatedXss=1">Tin <b>đậm</b>';
const HOSTILE_IN_FEED = HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const entry = (id: string, title: string, day: number, tags: string[] = []) => ({
  id,
  url: `${BASE}tin-tuc/${id}.html`,
  title,
  content_text: `Nội dung bài ${id}.`,
  date_published: `2026-11-${String(day).padStart(2, '0')}T09:00:00+07:00`,
  tags,
});
const feed = parseJsonFeed(
  {
    title: 'Cổng thông tin điện tử tỉnh Thử Nghiệm',
    items: [
      entry('moi-nhat', 'Khai mạc hội chợ nông sản Đà Nẵng', 20),
      entry('cau', 'Đà Nẵng khởi công cầu vượt sông Hàn', 15, ['Giao thông']),
      entry('lien-quan-tu', 'Lễ hội pháo hoa trên sông Hàn ở Đà Nẵng', 12),
      entry('lien-quan-the', 'Phân luồng xe dịp cuối năm', 10, ['giao thong']),
      entry('truoc', HOSTILE_IN_FEED, 8),
      entry('cu-nhat', 'Tuyển sinh lớp 10 năm học mới', 1),
    ],
  },
  `${BASE}feed.json`,
  () => {},
);
const byId = (id: string) => feed.items.find((item) => item.id === id)!;

const root = (el: Element) => el.shadowRoot!;
const lists = (el: Element) => [...root(el).querySelectorAll('tin-list')];
const links = (el: Element) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="adjacent-link"]')].map((a) => ({
    part: a.getAttribute('part'),
    href: a.getAttribute('href'),
    text: a.textContent!.replace(/\s+/g, ' ').trim(),
  }));

async function shown(el: TinArticle): Promise<ShadowRoot> {
  await until(() => root(el).querySelector('[part="body"]'), 4000, 'article body');
  await el.updateComplete;
  for (const list of lists(el)) await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return root(el);
}

describe('<tin-article>: previous/next, "Tin liên quan", "Các tin khác"', () => {
  beforeEach(freshCaches);
  afterEach(() => document.head.querySelectorAll('script[data-tin-widgets]').forEach((s) => s.remove()));

  it('lists related articles (tags first) before "Các tin khác", which does not repeat them', async () => {
    const el = await fixture<TinArticle>(html`<tin-article .article=${byId('cau')} .feed=${feed}></tin-article>`);
    const shadow = await shown(el);
    await expect(el).to.be.accessible();
    const [related, other] = lists(el) as unknown as [HTMLElement, HTMLElement];
    expect(related.getAttribute('part')).to.equal('related');
    expect(root(related).querySelector('[part="heading"]')!.textContent).to.equal('Tin liên quan');
    // The shared tag ranks first; "Đà Nẵng" and "sông Hàn" (twice two words) next; then "Đà Nẵng" alone.
    expect(itemTexts(related)).to.deep.equal([
      'Phân luồng xe dịp cuối năm (10/11/2026)',
      'Lễ hội pháo hoa trên sông Hàn ở Đà Nẵng (12/11/2026)',
      'Khai mạc hội chợ nông sản Đà Nẵng (20/11/2026)',
    ]);
    expect(other.getAttribute('part')).to.equal('other');
    expect(root(other).querySelector('[part="heading"]')!.textContent).to.equal('Các tin khác');
    expect(itemTexts(other)).to.deep.equal([`${HOSTILE} (08/11/2026)`, 'Tuyển sinh lớp 10 năm học mới (01/11/2026)']);
    // The related list comes first, after the article and its previous/next links.
    const order = [...shadow.children].map((child) => child.getAttribute('part'));
    expect(order).to.deep.equal(['article', 'adjacent', 'related', 'other']);
    const link = root(related).querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.getAttribute('href')).to.equal(`${BASE}tin-tuc/lien-quan-the.html`);
  });

  it('related-count limits the list; 0 removes it, and "Các tin khác" lists the newest others again', async () => {
    const el = await fixture<TinArticle>(
      html`<tin-article .article=${byId('cau')} .feed=${feed} related-count="1"></tin-article>`,
    );
    await shown(el);
    expect(itemTexts(lists(el)[0]!)).to.deep.equal(['Phân luồng xe dịp cuối năm (10/11/2026)']);
    expect(itemTexts(lists(el)[1]!)).to.have.length(4);
    el.relatedCount = 0;
    await shown(el);
    expect(lists(el).map((list) => list.getAttribute('part'))).to.deep.equal(['other']);
    expect(itemTexts(lists(el)[0]!)[0]).to.equal('Khai mạc hội chợ nông sản Đà Nẵng (20/11/2026)');
  });

  it('draws no empty "Các tin khác" when every other article is related or linked above it', async () => {
    const small = parseJsonFeed(
      {
        items: [
          entry('a', 'Hội nghị chuyển đổi số', 3, ['Chuyển đổi số']),
          entry('b', 'Tập huấn chữ ký số', 2, ['chuyen doi so']),
          entry('c', 'Ra mắt ứng dụng công dân số', 1, ['Chuyển đổi số']),
        ],
      },
      `${BASE}feed.json`,
      () => {},
    );
    const el = await fixture<TinArticle>(html`<tin-article .article=${small.items[0]} .feed=${small}></tin-article>`);
    const shadow = await shown(el);
    expect(lists(el).map((list) => list.getAttribute('part'))).to.deep.equal(['related']);
    expect(shadow.textContent).not.to.contain('Các tin khác');
    expect(shadow.textContent).not.to.contain('Chưa có tin nào');
    expect(itemTexts(lists(el)[0]!)).to.deep.equal([
      'Tập huấn chữ ký số (02/11/2026)',
      'Ra mắt ứng dụng công dân số (01/11/2026)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('nothing related: no list and no empty heading', async () => {
    const el = await fixture<TinArticle>(html`<tin-article .article=${byId('cu-nhat')} .feed=${feed}></tin-article>`);
    const shadow = await shown(el);
    expect(lists(el).map((list) => list.getAttribute('part'))).to.deep.equal(['other']);
    expect(shadow.textContent).not.to.contain('Tin liên quan');
    await expect(el).to.be.accessible();
  });

  it('"Tin trước" / "Tin sau": the articles just before and after by date, with their titles and links', async () => {
    const el = await fixture<TinArticle>(html`<tin-article .article=${byId('cau')} .feed=${feed}></tin-article>`);
    const shadow = await shown(el);
    const nav = shadow.querySelector('nav[part="adjacent"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Tin trước và tin sau');
    expect(links(el)).to.deep.equal([
      {
        part: 'adjacent-link previous-link',
        href: `${BASE}tin-tuc/lien-quan-tu.html`,
        text: '← Tin trước Lễ hội pháo hoa trên sông Hàn ở Đà Nẵng',
      },
      {
        part: 'adjacent-link next-link',
        href: `${BASE}tin-tuc/moi-nhat.html`,
        text: 'Tin sau → Khai mạc hội chợ nông sản Đà Nẵng',
      },
    ]);
    // The arrows are decoration: screen readers hear "Tin trước" and the title.
    expect(nav.querySelectorAll('[aria-hidden="true"]')).to.have.length(2);
  });

  it('the newest has no "Tin sau", the oldest no "Tin trước"; alone, there is no nav', async () => {
    const newest = await fixture<TinArticle>(
      html`<tin-article .article=${byId('moi-nhat')} .feed=${feed}></tin-article>`,
    );
    await shown(newest);
    expect(links(newest).map((l) => l.part)).to.deep.equal(['adjacent-link previous-link']);
    const oldest = await fixture<TinArticle>(
      html`<tin-article .article=${byId('cu-nhat')} .feed=${feed}></tin-article>`,
    );
    await shown(oldest);
    expect(links(oldest).map((l) => [l.part, l.text])).to.deep.equal([
      ['adjacent-link next-link', `Tin sau → ${HOSTILE}`],
    ]);
    const lone = parseJsonFeed(
      { title: 'Một tin', items: [entry('mot', 'Tin duy nhất', 3)] },
      `${BASE}f.json`,
      () => {},
    );
    const alone = await fixture<TinArticle>(html`<tin-article .article=${lone.items[0]} .feed=${lone}></tin-article>`);
    await shown(alone);
    expect(root(alone).querySelector('nav')).to.equal(null);
  });

  it('a title of 100,000 characters: its first 1,000 in the links to it, all of it in its own heading', async () => {
    const crafted = `${'Tiêu đề dài '.repeat(9000)}hết`;
    const long = parseJsonFeed(
      { title: 'Tin dài', items: [entry('dai', crafted, 5), entry('ngan', 'Tin ngắn', 3)] },
      `${BASE}f.json`,
      () => {},
    );
    const el = await fixture<TinArticle>(html`<tin-article .article=${long.items[1]} .feed=${long}></tin-article>`);
    const shadow = await shown(el);
    const next = shadow.querySelector('[part~="next-link"] .adjacent-title')!.textContent!;
    expect(next).to.have.length.within(900, 1001);
    expect(next.at(-1)).to.equal('…');
    expect(crafted.startsWith(next.slice(0, -1))).to.equal(true);
    const opened = await fixture<TinArticle>(html`<tin-article .article=${long.items[0]} .feed=${long}></tin-article>`);
    await shown(opened);
    expect(root(opened).querySelector('h1, [part~="title"]')!.textContent!.trim()).to.equal(crafted);
  });

  it('a hostile title is text in the links and the lists; nothing runs', async () => {
    const el = await fixture<TinArticle>(html`<tin-article .article=${byId('cu-nhat')} .feed=${feed}></tin-article>`);
    const shadow = await shown(el);
    const next = shadow.querySelector('[part~="next-link"] .adjacent-title')!;
    expect(next.textContent).to.equal(HOSTILE);
    expect(next.children).to.have.length(0);
    expect(shadow.querySelector('img')).to.equal(null);
    expect((window as { __relatedXss?: number }).__relatedXss).to.equal(undefined);
  });

  it('a click on "Tin sau" fires a cancelable tin-select with its article', async () => {
    const el = await fixture<TinArticle>(html`<tin-article .article=${byId('cau')} .feed=${feed}></tin-article>`);
    const shadow = await shown(el);
    const selected: string[] = [];
    el.addEventListener('tin-select', (event) => {
      selected.push((event as TinSelectEvent).detail.article.id);
      event.preventDefault();
    });
    const prevented = clickStayingHere(shadow.querySelector<HTMLAnchorElement>('[part~="next-link"]')!);
    expect(selected).to.deep.equal(['moi-nhat']);
    // Cancelled, the link (to another site) is not followed.
    expect(prevented, 'the click’s default (following the link) cancelled').to.equal(true);
  });

  it('hidden in print, as the other navigation is', async () => {
    const el = await fixture<TinArticle>(html`<tin-article .article=${byId('cau')} .feed=${feed}></tin-article>`);
    const shadow = await shown(el);
    // Every print rule that hides something: the shared styles hide buttons there as well.
    const hiding = [...el.shadowRoot!.adoptedStyleSheets, ...[...shadow.querySelectorAll('style')].map((s) => s.sheet!)]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => [...rule.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.style.display === 'none');
    expect(hiding, 'print rules with display: none').not.to.be.empty;
    for (const part of ['adjacent', 'related', 'other']) {
      const element = shadow.querySelector(`[part="${part}"]`)!;
      expect(
        hiding.some((rule) => element.matches(rule.selectorText)),
        part,
      ).to.equal(true);
    }
  });
});

describe('<tin-feed>: previous/next in the open article', () => {
  beforeEach(freshCaches);
  afterEach(resetHash);

  it('links are deep links that open the article in place; related-count reaches the article', async () => {
    location.hash = 'tin=cau';
    const el = await fixture<TinFeed>(html`<tin-feed .feed=${feed} related-count="2"></tin-feed>`);
    const article = await until(() => root(el).querySelector<TinArticle>('tin-article'));
    await shown(article);
    expect(article.relatedCount).to.equal(2);
    const here = location.href.replace(/#.*/, '');
    expect(links(article).map((l) => l.href)).to.deep.equal([`${here}#tin=lien-quan-tu`, `${here}#tin=moi-nhat`]);
    expect(itemTexts(lists(article)[0]!)).to.have.length(2);
    root(article).querySelector<HTMLAnchorElement>('[part~="next-link"]')!.click();
    await until(() => root(article).querySelector('h1')?.textContent === 'Khai mạc hội chợ nông sản Đà Nẵng');
    expect(location.hash).to.equal('#tin=moi-nhat');
    await until(() => article.shadowRoot!.activeElement?.localName === 'h1', 4000, 'focus on the new title');
    await expect(el).to.be.accessible();
  });
});
