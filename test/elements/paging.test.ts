// Numbered pages (`paging="pages"`): links, the page in the URL, Back/Forward, bad page numbers,
// several paged elements on one page, next_url.
// fixtureSync for plain wrappers: fixture() waits for an animation frame, and a background test
// tab gets none.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import { pageNumber, pageRun } from '../../src/render/paging.js';
import { feedUrl, manyItemsFeed } from '../fixtures/feeds.js';
import { freshCaches, until } from '../helpers.js';

const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"] a')].map((a) => a.textContent!.trim());
const nav = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('nav[part="pagination"]');
const pageLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="page-link"]')];
/** What the page links read, as a screen reader hears them ("Trang 2"), gaps as "…". */
const navText = (el: Element) =>
  [...nav(el)!.querySelectorAll('li:not([aria-hidden])')].map((li) =>
    li.textContent!.replace(/[‹›]/g, '').replace(/\s+/g, ' ').trim(),
  );
const linkTo = (el: Element, text: string) => {
  const link = pageLinks(el).find((a) => a.textContent!.replace(/[‹›]/g, '').replace(/\s+/g, ' ').trim() === text);
  if (!link) throw new Error(`no page link "${text}" in ${navText(el).join(' | ')}`);
  return link;
};
const current = (el: Element) => el.shadowRoot!.querySelector('[aria-current="page"]')?.textContent!.trim();
const cards = (el: TinFeed) => [...el.shadowRoot!.querySelectorAll<TinCard>('tin-card[data-id]')];

async function list(url: string, attrs = 'limit="5"'): Promise<TinList> {
  const wrapper = fixtureSync<HTMLElement>(
    html`<div .innerHTML=${`<tin-list paging="pages" ${attrs} src="${url}"></tin-list>`}></div>`,
  );
  const el = wrapper.querySelector<TinList>('tin-list')!;
  await until(() => el.shadowRoot?.querySelector('[part="item"]'), 4000, 'items');
  return el;
}

describe('paging="pages"', () => {
  const start = location.href;
  const many = feedUrl(manyItemsFeed(23));
  beforeEach(freshCaches);
  afterEach(() => history.replaceState(null, '', start));

  it('numbers the pages in a labelled <nav>, with real links and aria-current', async () => {
    const el = await list(many);
    await expect(el).to.be.accessible();
    expect(titles(el)).to.deep.equal(['Tin số 1', 'Tin số 2', 'Tin số 3', 'Tin số 4', 'Tin số 5']);
    expect(nav(el)!.getAttribute('aria-label')).to.equal('Phân trang');
    // 23 items, 5 a page: pages 1 to 5, no previous page on the first.
    expect(navText(el)).to.deep.equal(['Trang 1', 'Trang 2', 'Trang 3', 'Trang 4', 'Trang 5', 'Trang sau']);
    expect(current(el)).to.equal('Trang 1');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    // Page 1 is the URL without the parameter; the others carry it.
    expect(new URL(linkTo(el, 'Trang 1').href).hash).to.equal('');
    expect(new URL(linkTo(el, 'Trang 3').href).hash).to.equal('#trang=3');
    expect(linkTo(el, 'Trang sau').getAttribute('rel')).to.equal('next');
    expect(new URL(linkTo(el, 'Trang sau').href).hash).to.equal('#trang=2');
    // Every link keeps the page's own URL: a crawler or a visitor without JavaScript gets there.
    for (const link of pageLinks(el)) expect(new URL(link.href).pathname).to.equal(location.pathname);
    expect(el.shadowRoot!.querySelector('[part~="more-button"]')).to.equal(null);
  });

  it('a click shows the page in place, a new history entry, focus on its first item', async () => {
    const el = await list(many);
    const entries = history.length;
    linkTo(el, 'Trang 3').click();
    await until(() => titles(el)[0] === 'Tin số 11', 2000, 'page 3');
    expect(location.hash).to.equal('#trang=3');
    expect(history.length).to.equal(entries + 1);
    expect(titles(el)).to.deep.equal(['Tin số 11', 'Tin số 12', 'Tin số 13', 'Tin số 14', 'Tin số 15']);
    expect(current(el)).to.equal('Trang 3');
    expect(navText(el)).to.deep.equal([
      'Trang trước',
      'Trang 1',
      'Trang 2',
      'Trang 3',
      'Trang 4',
      'Trang 5',
      'Trang sau',
    ]);
    expect(linkTo(el, 'Trang trước').getAttribute('rel')).to.equal('prev');
    await until(() => el.shadowRoot!.activeElement?.textContent === 'Tin số 11', 2000, 'focus on the first item');
    linkTo(el, 'Trang sau').click();
    await until(() => titles(el)[0] === 'Tin số 16', 2000, 'page 4');
    expect(location.hash).to.equal('#trang=4');
    await expect(el).to.be.accessible();
  });

  it('Back and Forward restore the page and move focus to its first item', async () => {
    const el = await list(many);
    linkTo(el, 'Trang 2').click();
    await until(() => titles(el)[0] === 'Tin số 6', 2000, 'page 2');
    linkTo(el, 'Trang 5').click();
    await until(() => titles(el)[0] === 'Tin số 21', 2000, 'page 5');
    expect(titles(el)).to.deep.equal(['Tin số 21', 'Tin số 22', 'Tin số 23']);
    (document.activeElement as HTMLElement | null)?.blur();
    history.back();
    await until(() => titles(el)[0] === 'Tin số 6', 4000, 'back to page 2');
    expect(current(el)).to.equal('Trang 2');
    await until(() => el.shadowRoot!.activeElement?.textContent === 'Tin số 6', 2000, 'focus after Back');
    history.back();
    await until(() => titles(el)[0] === 'Tin số 1', 4000, 'back to page 1');
    expect(location.hash).to.equal('');
    history.forward();
    await until(() => titles(el)[0] === 'Tin số 6', 4000, 'forward to page 2');
    expect(location.hash).to.equal('#trang=2');
  });

  it('a URL naming a page shows it at once, in the hash or (url-mode="query") the query', async () => {
    history.replaceState(null, '', '#trang=3');
    const el = await list(many);
    expect(titles(el)[0]).to.equal('Tin số 11');
    expect(current(el)).to.equal('Trang 3');
    // Loading a URL is no visitor's move: focus stays where it was.
    expect(el.shadowRoot!.activeElement).to.equal(null);
    el.remove();

    history.replaceState(null, '', `${location.pathname}${location.search}&trang=4`);
    const query = await list(many, 'limit="5" url-mode="query"');
    expect(titles(query)[0]).to.equal('Tin số 16');
    const link = new URL(linkTo(query, 'Trang 2').href);
    expect(link.searchParams.get('trang')).to.equal('2');
    // The rest of the query (the test runner's own) stays.
    expect([...link.searchParams.keys()]).to.include.members([...new URLSearchParams(start.split('?')[1]).keys()]);
    expect(new URL(linkTo(query, 'Trang 1').href).searchParams.has('trang')).to.equal(false);
  });

  for (const [raw, page, first] of [
    ['0', 'Trang 1', 'Tin số 1'],
    ['-1', 'Trang 1', 'Tin số 1'],
    ['9999', 'Trang 5', 'Tin số 21'],
    ['99999999999999999999999', 'Trang 5', 'Tin số 21'],
    ['abc', 'Trang 1', 'Tin số 1'],
    ['2.5', 'Trang 1', 'Tin số 1'],
    ['%3Cb%3E', 'Trang 1', 'Tin số 1'],
    ['', 'Trang 1', 'Tin số 1'],
  ] as const) {
    it(`a page number "${raw}" in the URL shows the nearest page that exists`, async () => {
      history.replaceState(null, '', `#trang=${raw}`);
      const el = await list(many);
      expect(titles(el)[0]).to.equal(first);
      expect(current(el)).to.equal(page);
    });
  }

  it('collapses a long run of pages with "…", keeping the first, the last and the neighbours', async () => {
    expect(pageRun(1, 20)).to.deep.equal([1, 2, 3, 4, 5, 0, 20]);
    expect(pageRun(4, 20)).to.deep.equal([1, 2, 3, 4, 5, 0, 20]);
    expect(pageRun(5, 20)).to.deep.equal([1, 0, 4, 5, 6, 0, 20]);
    expect(pageRun(10, 20)).to.deep.equal([1, 0, 9, 10, 11, 0, 20]);
    expect(pageRun(17, 20)).to.deep.equal([1, 0, 16, 17, 18, 19, 20]);
    expect(pageRun(20, 20)).to.deep.equal([1, 0, 16, 17, 18, 19, 20]);
    // Seven pages or fewer are all linked: "…" must save room.
    expect(pageRun(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(pageRun(1, 1)).to.deep.equal([1]);
    expect(pageNumber(' 7 ', 9)).to.equal(7);
    expect(pageNumber(undefined, 0)).to.equal(1);

    history.replaceState(null, '', '#trang=10');
    const el = await list(feedUrl(manyItemsFeed(100)));
    expect(navText(el)).to.deep.equal([
      'Trang trước',
      'Trang 1',
      '…',
      'Trang 9',
      'Trang 10',
      'Trang 11',
      '…',
      'Trang 20',
      'Trang sau',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a new search shows the first page of its results, in place of the page it was on', async () => {
    const el = await list(many, 'limit="5" searchable');
    const clicked = performance.now();
    linkTo(el, 'Trang 3').click();
    await until(() => titles(el)[0] === 'Tin số 11', 2000, 'page 3');
    // A change of page moves focus to its first item; how long that took here bounds the wait below.
    await until(() => el.shadowRoot!.activeElement?.textContent === 'Tin số 11', 2000, 'focus on page 3');
    const focusTook = performance.now() - clicked;
    const entries = history.length;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    for (const typed of ['s', 'số 2']) {
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    // "số 2": Tin số 2 and 20 to 23, one page.
    expect(titles(el)).to.deep.equal(['Tin số 2', 'Tin số 20', 'Tin số 21', 'Tin số 22', 'Tin số 23']);
    expect(location.hash).to.equal('');
    expect(history.length, 'no history entry per keystroke').to.equal(entries);
    // Typing is not a page change the visitor asked for: focus stays in the search box.
    await new Promise((resolve) => setTimeout(resolve, Math.max(50, 3 * focusTook)));
    expect(el.shadowRoot!.activeElement === input, 'focus in the search box').to.equal(true);
  });

  it('one page of items draws no page links', async () => {
    const el = await list(feedUrl(manyItemsFeed(5)));
    expect(nav(el)).to.equal(null);
  });

  it('"Xem thêm" stays the default: without paging, or with another value', async () => {
    for (const attrs of ['', 'paging="more"', 'paging="PAGES "']) {
      const wrapper = fixtureSync<HTMLElement>(
        html`<div .innerHTML=${`<tin-list load-more limit="5" ${attrs} src="${many}"></tin-list>`}></div>`,
      );
      const el = wrapper.querySelector<TinList>('tin-list')!;
      await until(() => el.shadowRoot?.querySelector('[part="item"]'), 4000, 'items');
      expect(nav(el), attrs).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="more-button"]'), attrs).to.exist;
    }
  });

  it('a click for a new tab or window is left to the browser', async () => {
    const el = await list(many);
    let prevented: boolean | undefined;
    // After the element's handler: record what it did, then keep the test page where it is.
    const spy = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', spy);
    try {
      linkTo(el, 'Trang 2').dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );
      expect(prevented).to.equal(false);
      linkTo(el, 'Trang 2').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(prevented).to.equal(true);
    } finally {
      window.removeEventListener('click', spy);
    }
    await until(() => titles(el)[0] === 'Tin số 6', 2000, 'page 2 after the plain click');
  });

  it('two paged elements on a page keep a parameter each and do not move each other', async () => {
    const other = feedUrl(manyItemsFeed(12, 'Thông báo'));
    const wrapper = fixtureSync<HTMLElement>(
      html`<div
        .innerHTML=${`<tin-list paging="pages" limit="5" src="${many}"></tin-list><tin-feed paging="pages" limit="4" src="${other}"></tin-feed><tin-list paging="pages" limit="2" url-param="thong-bao" src="${other}"></tin-list>`}
      ></div>`,
    );
    const [first, named] = [...wrapper.querySelectorAll<TinList>('tin-list')] as [TinList, TinList];
    const grid = wrapper.querySelector<TinFeed>('tin-feed')!;
    await until(() => titles(first).length && cards(grid).length && titles(named).length, 4000, 'all three');
    expect(new URL(linkTo(first, 'Trang 2').href).hash).to.equal('#trang=2');
    expect(new URL(linkTo(grid, 'Trang 2').href).hash).to.equal('#trang-2=2');
    expect(new URL(linkTo(named, 'Trang 2').href).hash).to.equal('#thong-bao-trang=2');

    linkTo(grid, 'Trang 3').click();
    await until(() => cards(grid)[0]?.dataset['id'] === 'n-9', 2000, 'grid page 3');
    expect(location.hash).to.equal('#trang-2=3');
    expect(titles(first)[0]).to.equal('Tin số 1');
    // Links drawn after the change keep the other element's page.
    linkTo(first, 'Trang 2').click();
    await until(() => titles(first)[0] === 'Tin số 6', 2000, 'list page 2');
    expect(new URLSearchParams(location.hash.slice(1)).get('trang-2')).to.equal('3');
    expect(new URLSearchParams(location.hash.slice(1)).get('trang')).to.equal('2');
    expect(cards(grid)[0]!.dataset['id']).to.equal('n-9');
    history.back();
    await until(() => titles(first)[0] === 'Tin số 1', 4000, 'list back to page 1');
    expect(cards(grid)[0]!.dataset['id']).to.equal('n-9');
    expect(titles(named)[0]).to.equal('Thông báo 1');
  });

  it('<tin-feed>: cards a page; an article opened from page 2 returns to page 2 and its card', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div .innerHTML=${`<tin-feed paging="pages" limit="3" src="${feedUrl(manyItemsFeed(8))}"></tin-feed>`}></div>`,
    );
    const el = wrapper.querySelector<TinFeed>('tin-feed')!;
    await until(() => cards(el).length, 4000, 'cards');
    await expect(el).to.be.accessible();
    expect(cards(el).map((c) => c.dataset['id'])).to.deep.equal(['n-1', 'n-2', 'n-3']);
    expect(navText(el)).to.deep.equal(['Trang 1', 'Trang 2', 'Trang 3', 'Trang sau']);
    linkTo(el, 'Trang 2').click();
    await until(() => cards(el)[0]?.dataset['id'] === 'n-4', 2000, 'page 2');
    await until(() => el.shadowRoot!.activeElement === cards(el)[0], 2000, 'focus on the first card');
    // The card links carry the page too: Back from the article lands on the same page.
    const link = await until(() => cards(el)[1]!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]'));
    expect(new URLSearchParams(new URL(link.href).hash.slice(1)).get('trang')).to.equal('2');
    link.click();
    await until(() => el.shadowRoot!.querySelector('tin-article'), 4000, 'article open');
    expect(nav(el)).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back-button"]')!.click();
    await until(() => cards(el)[0]?.dataset['id'] === 'n-4', 4000, 'back on page 2');
    expect(location.hash).to.equal('#trang=2');
    await until(() => el.shadowRoot!.activeElement === cards(el)[1], 2000, 'focus on the card left');
  });

  it('next_url: pages over the items loaded; the page after them loads the next feed page', async () => {
    // page-1.json (2 items) → page-2.json (one new item, then a loop back to page 1).
    const el = await list('/test/fixtures/paged/page-1.json', 'limit="2"');
    expect(navText(el)).to.deep.equal(['Trang 1', '…', 'Trang sau']);
    linkTo(el, 'Trang sau').click();
    await until(() => titles(el)[0] === 'Trang hai A', 4000, 'the next feed page').catch((e) => {
      throw new Error(e.message + ' :: ' + el.shadowRoot!.textContent!.replace(/\s+/g, ' ') + location.hash);
    });
    expect(current(el)).to.equal('Trang 2');
    // The feed has ended: no gap, no next page.
    expect(navText(el)).to.deep.equal(['Trang trước', 'Trang 1', 'Trang 2']);
    await until(() => el.shadowRoot!.activeElement?.textContent === 'Trang hai A', 2000, 'focus on the new page');
  });

  it('next_url: a URL naming a page past those loaded loads the feed pages it needs', async () => {
    history.replaceState(null, '', '#trang=2');
    const el = await list('/test/fixtures/paged/page-1.json', 'limit="2"');
    await until(() => titles(el)[0] === 'Trang hai A', 4000, 'page 2 from the URL');
    el.remove();
    history.replaceState(null, '', '#trang=9');
    freshCaches();
    const far = await list('/test/fixtures/paged/page-1.json', 'limit="2"');
    // Past the end: the last page there is.
    await until(() => titles(far)[0] === 'Trang hai A' && !nav(far)!.matches('[aria-busy="true"]'), 4000, 'last page');
    expect(current(far)).to.equal('Trang 2');
  });

  it('is hidden in print, and on a phone wraps with targets of at least 44 px', async () => {
    history.replaceState(null, '', '#trang=10');
    const wrapper = fixtureSync<HTMLElement>(
      html`<div style="width:320px" .innerHTML=${`<tin-list paging="pages" limit="5" src="${feedUrl(manyItemsFeed(100))}"></tin-list>`}></div>`,
    );
    const el = wrapper.querySelector<TinList>('tin-list')!;
    await until(() => nav(el), 4000, 'nav');
    const box = nav(el)!.getBoundingClientRect();
    expect(nav(el)!.scrollWidth).to.be.at.most(nav(el)!.clientWidth);
    expect(box.width).to.be.at.most(320);
    for (const link of pageLinks(el)) {
      const rect = link.getBoundingClientRect();
      expect(rect.height, link.textContent!).to.be.at.least(44);
      expect(rect.width, link.textContent!).to.be.at.least(44);
      expect(rect.right).to.be.at.most(box.right + 0.5);
    }
    // Wrapped: the links sit on more than one row.
    expect(new Set(pageLinks(el).map((a) => Math.round(a.getBoundingClientRect().top))).size).to.be.above(1);
    const rules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    const hidden = rules.flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    expect(hidden.some((rule) => rule.selectorText === '.pagination' && rule.style.display === 'none')).to.equal(true);
  });
});
