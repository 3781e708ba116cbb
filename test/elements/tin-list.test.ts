// fixtureSync for plain wrappers: fixture() waits for an animation frame, and a background
// test tab gets none.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/tin-list/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED, feedUrl, manyItemsFeed } from '../fixtures/feeds.js';
import { clickStayingHere, freshCaches, shadowText, until } from '../helpers.js';

const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
const itemTexts = (el: TinList) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<tin-list>', () => {
  beforeEach(freshCaches);

  it('renders "Các tin khác" with "title (dd/MM/yyyy)" items, newest first', async () => {
    const el = await fixture<TinList>(html`<tin-list .feed=${feed}></tin-list>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Các tin khác');
    expect(itemTexts(el)).to.deep.equal([
      'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước (12/07/2019)',
      'Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm (09/07/2019)',
      'Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa (05/07/2019)',
    ]);
    expect(el.shadowRoot!.querySelector('ul')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2019-07-12T16:45:00+07:00');
  });

  it('shows each title whole, but one of 100,000 characters by its first 1,000, cut at a word', async () => {
    const crafted = `${'Tiêu đề dài '.repeat(9000)}hết`;
    const [first, ...rest] = feed.items;
    const el = await fixture<TinList>(
      html`<tin-list .feed=${{ ...feed, items: [{ ...first!, title: crafted }, ...rest] }}></tin-list>`,
    );
    const links = [...el.shadowRoot!.querySelectorAll('a[part~="link"]')].map((a) => a.textContent!);
    const cut = links.find((text) => text.startsWith('Tiêu đề'))!;
    expect(cut).to.have.length.within(900, 1001);
    expect(cut.at(-1)).to.equal('…');
    expect(crafted.startsWith(cut.slice(0, -1))).to.equal(true);
    const titles = rest.map((item) => item.title);
    const others = links.filter((text) => text !== cut);
    expect(others).to.have.length(links.length - 1);
    for (const text of others) expect(titles).to.include(text);
    await expect(el).to.be.accessible();
  });

  it("fires a cancelable tin-select naming the clicked item's article; a click for a new tab fires none", async () => {
    const el = fixtureSync<TinList>(html`<tin-list .feed=${feed} limit="3"></tin-list>`);
    await el.updateComplete;
    const chosen: unknown[] = [];
    el.addEventListener('tin-select', (event) => {
      chosen.push(event.detail.article);
      event.preventDefault();
    });
    // The click for a new tab goes nowhere here either.
    el.shadowRoot!.addEventListener('click', (event) => (event as MouseEvent).ctrlKey && event.preventDefault());
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')];
    const before = location.href;
    const prevented = [clickStayingHere(links[1]!)];
    links[2]!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
    );
    prevented.push(clickStayingHere(links[0]!));
    // The links lead to another site: only the cancelled clicks show that the browser stays.
    expect(prevented, 'the clicks’ defaults (following the links) cancelled').to.deep.equal([true, true]);
    expect(chosen.map((article) => (article as { title: string }).title)).to.deep.equal([
      'Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm',
      'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước',
    ]);
    expect(chosen[1]).to.equal(
      feed.items.find((item) => item.title === 'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước'),
    );
    expect(location.href).to.equal(before);
  });

  it('honours limit and exclude', async () => {
    const el = await fixture<TinList>(html`<tin-list .feed=${feed} limit="1" exclude="2"></tin-list>`);
    expect(itemTexts(el)).to.deep.equal(['Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm (09/07/2019)']);
  });

  it('heading attribute overrides, heading="" hides it', async () => {
    const custom = await fixture<TinList>(html`<tin-list .feed=${feed} heading="Tin liên quan"></tin-list>`);
    expect(custom.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Tin liên quan');
    const hidden = await fixture<TinList>(html`<tin-list .feed=${feed} heading=""></tin-list>`);
    expect(hidden.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
    await expect(hidden).to.be.accessible();
  });

  it('defaults to 5 items', async () => {
    const el = await fixture<TinList>(html`<tin-list src=${feedUrl(manyItemsFeed(20))}></tin-list>`);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    expect(itemTexts(el)).to.have.length(5);
    expect(itemTexts(el)[0]).to.equal('Tin số 1 (20/11/2026)');
  });

  it('holds its place while loading (five blank lines; the skeleton only for a slow answer), then the items without shifting', async () => {
    const el = await fixture<TinList>(html`<tin-list style="width:500px" src=${feedUrl(manyItemsFeed(8))}></tin-list>`);
    expect(el.shadowRoot!.querySelectorAll('.reserve .item')).to.have.length(5);
    await expect(el).to.be.accessible();
    const before = el.getBoundingClientRect().height;
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 6);
  });

  it('says so when the feed is empty', async () => {
    const el = await fixture<TinList>(html`<tin-list src=${feedUrl({ items: [] })}></tin-list>`);
    await until(() => el.shadowRoot!.querySelector('[part="empty"]'));
    expect(shadowText(el)).to.contain('Chưa có tin nào.');
    await expect(el).to.be.accessible();
  });

  it('shows a Vietnamese error for a network failure and recovers on retry', async () => {
    const el = await fixture<TinList>(html`<tin-list src="http://127.0.0.1:1/feed.json"></tin-list>`);
    el.timeout = 2;
    await until(() => el.shadowRoot!.querySelector('[part="error"]'), 8000, 'network error');
    expect(shadowText(el)).to.contain('Hiện chưa tải được tin bài. Vui lòng kiểm tra kết nối mạng rồi thử lại.');
    await expect(el).to.be.accessible();
  });

  it('renders in English under lang="en", and follows a lang change', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en"><tin-list .feed=${feed}></tin-list></div>`);
    const el = wrapper.querySelector('tin-list')!;
    await until(
      () => el.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Other news',
      4000,
      'English heading',
    );
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'vi');
    await until(
      () => el.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Các tin khác',
      4000,
      'Vietnamese heading',
    );
  });

  it('its own lang wins over <html lang="en">; so does its feed\'s language, and <html lang> only then', async () => {
    const html_ = document.documentElement;
    const previous = html_.getAttribute('lang');
    html_.setAttribute('lang', 'en');
    try {
      const el = await fixture<TinList>(html`<tin-list lang="vi" .feed=${feed}></tin-list>`);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Các tin khác');
      // The feed declares "vi": the common template <html lang="en"> over it does not make it English.
      const declared = await fixture<TinList>(html`<tin-list .feed=${feed}></tin-list>`);
      expect(declared.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Các tin khác');
      const undeclared = parseJsonFeed({ ...FULL_FEED, language: undefined }, undefined, () => {});
      const inherited = await fixture<TinList>(html`<tin-list .feed=${undeclared}></tin-list>`);
      await until(() => inherited.shadowRoot!.querySelector('[part="heading"]')?.textContent === 'Other news');
    } finally {
      if (previous === null) html_.removeAttribute('lang');
      else html_.setAttribute('lang', previous);
    }
  });

  it('keeps a relative date lowercase in its brackets after the title', async () => {
    const fresh = { ...feed.items[0]!, published: new Date(Date.now() - 5_000) };
    const el = await fixture<TinList>(html`<tin-list date-style="relative" .articles=${[fresh]}></tin-list>`);
    await until(() => el.shadowRoot!.querySelector('time'), 4000, 'the date');
    expect(el.shadowRoot!.querySelector('.item-date')!.textContent).to.equal('(vừa xong)');
  });

  it('"Xem thêm" moves focus to the first new item and announces how many it added, the last page too', async () => {
    const el = await fixture<TinList>(
      html`<tin-list load-more limit="3" src=${feedUrl(manyItemsFeed(10))}></tin-list>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    const root = el.shadowRoot!;
    const more = () => root.querySelector<HTMLButtonElement>('[part~="more-button"]');
    const region = () => root.querySelector('p.visually-hidden[role="status"]')!;
    const linkOf = (i: number) => root.querySelectorAll('[part="item"]')[i]?.querySelector('a');
    // The live region is there, silent, before it has anything to say.
    expect(region().textContent!.trim()).to.equal('');
    more()!.click();
    await until(() => root.activeElement === linkOf(3), 2000, 'focus on item 4');
    expect(region().textContent!.trim()).to.equal('Đã hiển thị thêm 3 tin');
    const first = region().textContent;
    more()!.click();
    await until(() => root.activeElement === linkOf(6), 2000, 'focus on item 7');
    // The same count again is still a change of the region's text, so it is announced again.
    expect(region().textContent!.trim()).to.equal('Đã hiển thị thêm 3 tin');
    expect(region().textContent).to.not.equal(first);
    more()!.click();
    // The last page: the button is gone, focus is on the new item, not on <body>.
    await until(() => root.activeElement === linkOf(9), 2000, 'focus on item 10');
    expect(more()).to.equal(null);
    expect(document.activeElement).to.equal(el);
    expect(region().textContent!.trim()).to.equal('Đã hiển thị thêm 1 tin');
    await expect(el).to.be.accessible();
  });

  it('"Xem thêm" announces in English under lang="en"', async () => {
    const el = await fixture<TinList>(
      html`<tin-list lang="en" load-more limit="3" src=${feedUrl(manyItemsFeed(5))}></tin-list>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    const region = () => el.shadowRoot!.querySelector('p.visually-hidden[role="status"]')!;
    await until(() => region().textContent!.trim(), 2000, 'the announcement');
    expect(region().textContent!.trim()).to.equal('Showing 2 more');
  });

  it('"Xem thêm" shows the next page', async () => {
    const el = await fixture<TinList>(html`<tin-list load-more limit="3" src=${feedUrl(manyItemsFeed(7))}></tin-list>`);
    await until(() => el.shadowRoot!.querySelector('[part="item"]'));
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');
    expect(more()!.textContent!.trim()).to.equal('Xem thêm');
    more()!.click();
    await el.updateComplete;
    expect(itemTexts(el)).to.have.length(6);
    more()!.click();
    await el.updateComplete;
    expect(itemTexts(el)).to.have.length(7);
    expect(more()).to.equal(null);
  });
});
