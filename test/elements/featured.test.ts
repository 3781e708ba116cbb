// Issue 15's small listing attributes: `offset` (after tag, search and order, with "Xem thêm" and
// next_url), the featured `<tin-card src>` without `item-id`, `link-target`, `fallback-image` and
// `loading="lazy"`, each with the bad values a portal's page may give them.
// fixtureSync for plain wrappers: fixture() waits for an animation frame, and a background test
// tab gets none.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { selectArticles } from '../../src/render/select-articles.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED, feedUrl, manyItemsFeed } from '../fixtures/feeds.js';
import { freshCaches, shadowText, until } from '../helpers.js';

const IMAGE = new URL('/test/fixtures/anh.svg', location.href).href;
const BANNER = new URL('/test/fixtures/anh.svg?banner', location.href).href;
const LOGO = new URL('/test/fixtures/anh.svg?logo', location.href).href;

const many = (n: number) => parseJsonFeed(manyItemsFeed(n), 'https://tinh.example.gov.vn/feed.json', () => {});
const titles = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="item"] [part="link"]')].map((a) => a.textContent!.trim());
const cardTitles = (el: TinFeed) =>
  [...el.shadowRoot!.querySelectorAll<TinCard>('tin-card[data-id]')].map(
    (card) => card.shadowRoot!.querySelector('[part="link"]')?.textContent ?? '',
  );
const more = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]');
const cardTitle = (card: TinCard) => card.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();

describe('offset', () => {
  beforeEach(freshCaches);

  it('skips the newest items of a list, and "Xem thêm" continues after them', async () => {
    const el = await fixture<TinList>(html`<tin-list load-more offset="2" limit="3" .feed=${many(9)}></tin-list>`);
    expect(titles(el)).to.deep.equal(['Tin số 3', 'Tin số 4', 'Tin số 5']);
    more(el)!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Tin số 3', 'Tin số 4', 'Tin số 5', 'Tin số 6', 'Tin số 7', 'Tin số 8']);
    more(el)!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(7);
    expect(titles(el).at(-1)).to.equal('Tin số 9');
    expect(more(el)).to.equal(null);
  });

  it('counts after the tag filter and the date order', async () => {
    // Out of date order in the file: the offset counts the newest first all the same.
    const shuffled = { ...manyItemsFeed(6), items: [...manyItemsFeed(6).items].reverse() };
    const el = await fixture<TinList>(html`<tin-list offset="1" tag="kinh te" src=${feedUrl(shuffled)}></tin-list>`);
    await until(() => titles(el).length, 4000, 'items');
    // "Kinh tế" holds 2, 4 and 6.
    expect(titles(el)).to.deep.equal(['Tin số 4', 'Tin số 6']);
  });

  it('counts after the search and the excluded article (the package entry’s selectArticles too)', async () => {
    const items = many(6).items;
    const byTitle = (text: string) => (item: { title: string }) => item.title !== text;
    expect(
      selectArticles(items, { exclude: 'n-1', offset: 1 }, byTitle('Tin số 3')).map((item) => item.title),
    ).to.deep.equal(['Tin số 4', 'Tin số 5', 'Tin số 6']);
  });

  it('ignores bad values as absent, and says "no news" past the last item', async () => {
    const feed = many(4);
    const shown = async (offset: unknown) => {
      const el = fixtureSync<TinList>(html`<tin-list .feed=${feed}></tin-list>`);
      el.offset = offset as number;
      await el.updateComplete;
      return titles(el);
    };
    const all = ['Tin số 1', 'Tin số 2', 'Tin số 3', 'Tin số 4'];
    expect(await shown(-3), 'negative').to.deep.equal(all);
    expect(await shown(Number.NaN), 'junk attribute (NaN)').to.deep.equal(all);
    expect(await shown('2'), 'a string set by code').to.deep.equal(all);
    expect(await shown(Infinity), 'Infinity').to.deep.equal(all);
    expect(await shown({}), 'an object').to.deep.equal(all);
    expect(await shown(1.9), 'a fraction rounds down').to.deep.equal(all.slice(1));
    const past = fixtureSync<TinList>(html`<tin-list offset="1e9" .feed=${feed}></tin-list>`);
    await past.updateComplete;
    expect(titles(past)).to.deep.equal([]);
    expect(shadowText(past)).to.contain('Chưa có tin nào.');
    // Attributes as a page writes them.
    const junk = fixtureSync<TinList>(html`<tin-list offset="hai" .feed=${feed}></tin-list>`);
    await junk.updateComplete;
    expect(titles(junk)).to.deep.equal(all);
  });

  it('with next_url paging, counts from the first item of the feed', async () => {
    const el = await fixture<TinList>(
      html`<tin-list load-more offset="1" limit="1" src="/test/fixtures/paged/page-1.json"></tin-list>`,
    );
    await until(() => titles(el).length, 4000, 'page one');
    expect(titles(el)).to.deep.equal(['Trang một B']);
    more(el)!.click();
    await until(() => titles(el).length === 2, 4000, 'page two');
    expect(titles(el)).to.deep.equal(['Trang một B', 'Trang hai A']);
  });

  it('skips cards of a <tin-feed>, "Xem thêm" continues, and an open article is found whatever the offset', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed offset="3" limit="2" .feed=${many(8)}></tin-feed>`);
    await until(() => cardTitles(el).every(Boolean) && cardTitles(el).length, 4000, 'cards');
    expect(cardTitles(el)).to.deep.equal(['Tin số 4', 'Tin số 5']);
    more(el)!.click();
    await until(() => cardTitles(el).length === 4 && cardTitles(el).every(Boolean), 4000, 'more cards');
    expect(cardTitles(el)).to.deep.equal(['Tin số 4', 'Tin số 5', 'Tin số 6', 'Tin số 7']);
    el.open('n-1');
    const article = await until(() => el.shadowRoot!.querySelector('tin-article'), 4000, 'article view');
    await until(() => shadowText(article).includes('Tin số 1'), 4000, 'the first article, skipped in the grid');
    el.close();
  });
});

describe('<tin-card src> without item-id (the featured story)', () => {
  beforeEach(freshCaches);

  const card = async (attributes: Record<string, string>, body: unknown = manyItemsFeed(6)) => {
    const el = document.createElement('tin-card') as TinCard;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.src = feedUrl(body);
    document.body.append(el);
    await until(
      () => el.shadowRoot?.querySelector('[part="card"][aria-busy="false"], [part~="error"]'),
      4000,
      'the card loaded',
    );
    return el;
  };
  afterEach(() => document.querySelectorAll('body > tin-card').forEach((el) => el.remove()));

  it('shows the newest item, by date, not the first in the file', async () => {
    const reversed = { ...manyItemsFeed(6), items: [...manyItemsFeed(6).items].reverse() };
    expect(cardTitle(await card({}, reversed))).to.equal('Tin số 1');
    // An empty item-id is no id.
    expect(cardTitle(await card({ 'item-id': ' ' }))).to.equal('Tin số 1');
  });

  it('after tag and offset; item-id still wins', async () => {
    expect(cardTitle(await card({ offset: '1' }))).to.equal('Tin số 2');
    expect(cardTitle(await card({ tag: 'Kinh tế' }))).to.equal('Tin số 2');
    expect(cardTitle(await card({ tag: 'Kinh tế', offset: '1' }))).to.equal('Tin số 4');
    expect(cardTitle(await card({ offset: '-2' }))).to.equal('Tin số 1');
    expect(cardTitle(await card({ offset: 'một' }))).to.equal('Tin số 1');
    expect(cardTitle(await card({ offset: '1', 'item-id': 'n-5' }))).to.equal('Tin số 5');
  });

  it('says it found nothing past the last item, or for a tag no item has', async () => {
    expect(shadowText(await card({ offset: '6' }))).to.contain('Không tìm thấy bài viết.');
    expect(shadowText(await card({ tag: 'Không có' }))).to.contain('Không tìm thấy bài viết.');
  });

  it('with a list of the same feed at offset="1": the featured story and "Các tin khác", none twice', async () => {
    const src = feedUrl(manyItemsFeed(6));
    const holder = fixtureSync(
      html`<div><tin-card src=${src}></tin-card><tin-list src=${src} offset="1" limit="3"></tin-list></div>`,
    );
    const featured = holder.querySelector<TinCard>('tin-card')!;
    const list = holder.querySelector<TinList>('tin-list')!;
    await until(() => cardTitle(featured) === 'Tin số 1' && titles(list).length, 4000, 'both loaded');
    expect(titles(list)).to.deep.equal(['Tin số 2', 'Tin số 3', 'Tin số 4']);
  });
});

describe('link-target', () => {
  const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
  const article = feed.items[0]!;
  const links = (root: ShadowRoot) => [...root.querySelectorAll<HTMLAnchorElement>('[part="link"]')];

  it('_blank opens card and list links in a new tab, with rel="noopener noreferrer"', async () => {
    const card = await fixture<TinCard>(html`<tin-card link-target="_blank" .article=${article}></tin-card>`);
    const list = await fixture<TinList>(html`<tin-list link-target=" _BLANK " .feed=${feed}></tin-list>`);
    for (const link of [...links(card.shadowRoot!), ...links(list.shadowRoot!)]) {
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    expect(links(list.shadowRoot!)).to.have.length(3);
    await expect(list).to.be.accessible();
  });

  it('keeps the same tab by default and for any other value', async () => {
    for (const value of [undefined, '_self', '_top', 'khung-tin', 'javascript:alert(1)', '']) {
      const card = fixtureSync<TinCard>(html`<tin-card .article=${article}></tin-card>`);
      const list = fixtureSync<TinList>(html`<tin-list .feed=${feed}></tin-list>`);
      card.linkTarget = value;
      list.linkTarget = value;
      await Promise.all([card.updateComplete, list.updateComplete]);
      for (const link of [...links(card.shadowRoot!), ...links(list.shadowRoot!)]) {
        expect(link.hasAttribute('target'), String(value)).to.equal(false);
        expect(link.hasAttribute('rel'), String(value)).to.equal(false);
      }
    }
  });

  it('in <tin-feed>: the in-place article still opens here; links routed elsewhere by hrefFor open a new tab', async () => {
    const el = await fixture<TinFeed>(html`<tin-feed link-target="_blank" limit="2" .feed=${feed}></tin-feed>`);
    const cardLinks = () =>
      [...el.shadowRoot!.querySelectorAll<TinCard>('tin-card[data-id]')].map((card) =>
        card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!,
      );
    await until(() => cardLinks().length && cardLinks().every(Boolean), 4000, 'cards');
    for (const link of cardLinks()) {
      expect(link.getAttribute('href')).to.match(/#tin=/);
      expect(link.hasAttribute('target')).to.equal(false);
    }
    el.hrefFor = (item) => item.url;
    await until(() => cardLinks()[0]?.getAttribute('target') === '_blank', 4000, 'the routed links');
    for (const link of cardLinks()) {
      expect(link.getAttribute('href')).to.match(/^https:\/\/tinh\.example\.gov\.vn\//);
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    }
  });
});

describe('fallback-image', () => {
  const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
  const withImages = { ...feed.items[0]!, image: IMAGE, bannerImage: BANNER };
  const noImage = { ...feed.items[0]!, image: undefined, bannerImage: undefined };
  const image = (card: TinCard) => card.shadowRoot!.querySelector('img');
  const placeholder = (card: TinCard) => card.shadowRoot!.querySelector('[part="placeholder"]');
  const fail = async (card: TinCard) => {
    // Lazy images may never be fetched in a background test page; fire the failure directly.
    image(card)!.dispatchEvent(new Event('error'));
    await card.updateComplete;
  };

  it('shows for an item without an image; the neutral placeholder stays the default', async () => {
    const plain = await fixture<TinCard>(html`<tin-card .article=${noImage}></tin-card>`);
    expect(image(plain)).to.equal(null);
    expect(placeholder(plain)).to.exist;
    const card = await fixture<TinCard>(html`<tin-card fallback-image=${LOGO} .article=${noImage}></tin-card>`);
    expect(image(card)!.getAttribute('src')).to.equal(LOGO);
    expect(placeholder(card)).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('takes over when the images fail, and gives way to the placeholder when it fails too (no loop)', async () => {
    const card = await fixture<TinCard>(html`<tin-card fallback-image=${LOGO} .article=${withImages}></tin-card>`);
    expect(image(card)!.getAttribute('src')).to.equal(IMAGE);
    await fail(card);
    expect(image(card)!.getAttribute('src')).to.equal(BANNER);
    await fail(card);
    expect(image(card)!.getAttribute('src')).to.equal(LOGO);
    await fail(card);
    expect(image(card)).to.equal(null);
    expect(placeholder(card)).to.exist;
    // Nothing asks for it again on later renders.
    card.requestUpdate();
    await card.updateComplete;
    expect(image(card)).to.equal(null);
  });

  it('refuses a hostile value: the placeholder shows, nothing is loaded', async () => {
    for (const hostile of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload="alert(1)"/>',
      'vbscript:msgbox(1)',
      'http://[bad',
    ]) {
      const card = fixtureSync<TinCard>(html`<tin-card .article=${noImage}></tin-card>`);
      card.fallbackImage = hostile;
      await card.updateComplete;
      expect(image(card), hostile).to.equal(null);
      expect(placeholder(card), hostile).to.exist;
    }
  });

  it('reaches the cards of a <tin-feed>', async () => {
    const el = await fixture<TinFeed>(
      html`<tin-feed fallback-image=${LOGO} .articles=${[noImage]} limit="1"></tin-feed>`,
    );
    const card = await until(() => el.shadowRoot!.querySelector<TinCard>('tin-card[data-id]'), 4000, 'card');
    await until(() => image(card), 4000, 'the fallback image');
    expect(image(card)!.getAttribute('src')).to.equal(LOGO);
  });
});

describe('loading="lazy"', () => {
  beforeEach(freshCaches);
  // The scripted feed's one item has no link: count the items.
  const shownItems = (el: Element) => [...(el.shadowRoot?.querySelectorAll('[part="item"]') ?? [])];
  afterEach(() => document.querySelectorAll('.lazy-page').forEach((el) => el.remove()));

  const hits = async (key: string): Promise<number> => {
    const answer = await fetch(`/__fault/hits?key=${encodeURIComponent(key)}`);
    return ((await answer.json()) as { hits: number }).hits;
  };
  const unique = () => `lazy-${Math.random().toString(36).slice(2)}`;
  /** A page whose first screen holds an eager list, and a lazy `tag` far below it. */
  const page = (tag: string, lazyId: string, eagerId: string) => {
    const holder = document.createElement('div');
    holder.className = 'lazy-page';
    holder.innerHTML = `<tin-list src="/__fault/ok?id=${eagerId}"></tin-list>
      <div style="height: 30000px"></div>
      <${tag} loading="lazy" src="/__fault/ok?id=${lazyId}"></${tag}>`;
    document.body.append(holder);
    return {
      eager: holder.querySelector<TinList>('tin-list')!,
      lazy: holder.querySelector<TinList>(`${tag}[loading]`)!,
      holder,
    };
  };

  /** Stands in for the browser's IntersectionObserver, so a test decides when an element comes near. */
  class ScriptedObserver {
    static made: ScriptedObserver[] = [];
    readonly watched = new Set<Element>();
    disconnected = false;
    constructor(
      readonly callback: IntersectionObserverCallback,
      readonly options?: IntersectionObserverInit,
    ) {
      ScriptedObserver.made.push(this);
    }
    observe(el: Element) {
      this.watched.add(el);
    }
    unobserve(el: Element) {
      this.watched.delete(el);
    }
    disconnect() {
      this.disconnected = true;
      this.watched.clear();
    }
    /** `el` comes near the viewport. */
    near(el: Element) {
      this.callback(
        [{ target: el, isIntersecting: true } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
    }
  }
  const real = window.IntersectionObserver;
  const script = () => {
    ScriptedObserver.made = [];
    window.IntersectionObserver = ScriptedObserver as unknown as typeof IntersectionObserver;
  };
  afterEach(() => (window.IntersectionObserver = real));

  for (const tag of ['tin-list', 'tin-card', 'tin-feed', 'tin-article']) {
    it(`a <${tag}> that is never seen fetches nothing; its skeleton holds the place`, async () => {
      const [lazyId, eagerId] = [unique(), unique()];
      const { eager, lazy } = page(tag, lazyId, eagerId);
      await until(() => shownItems(eager).length, 4000, 'the eager list');
      await lazy.updateComplete;
      expect(await hits(`ok?id=${eagerId}`), 'the eager list’s requests').to.equal(1);
      expect(await hits(`ok?id=${lazyId}`), 'the lazy element’s requests').to.equal(0);
      expect(lazy.shadowRoot!.querySelector('.skeleton, [aria-busy="true"]'), 'its skeleton').to.exist;
      expect(lazy.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  it('fetches once it comes near the viewport (one shared observer, a screen ahead, disconnected when done)', async () => {
    script();
    const ids = [unique(), unique()];
    const holder = fixtureSync(
      html`<div>${ids.map((id) => html`<tin-list loading="lazy" src="/__fault/ok?id=${id}"></tin-list>`)}</div>`,
    );
    const [first, second] = [...holder.querySelectorAll<TinList>('tin-list')] as [TinList, TinList];
    const observer = await until(() =>
      ScriptedObserver.made[0]?.watched.size === 2 ? ScriptedObserver.made[0] : undefined,
    );
    expect(ScriptedObserver.made, 'one observer for the page').to.have.length(1);
    expect(observer.options?.rootMargin).to.equal('100% 0px');
    expect(await hits(`ok?id=${ids[0]}`)).to.equal(0);

    observer.near(first);
    await until(() => shownItems(first).length, 4000, 'the first list loaded');
    expect(await hits(`ok?id=${ids[0]}`)).to.equal(1);
    expect(await hits(`ok?id=${ids[1]}`)).to.equal(0);
    expect(observer.watched.has(first)).to.equal(false);
    expect(observer.disconnected).to.equal(false);

    observer.near(second);
    await until(() => shownItems(second).length, 4000, 'the second list loaded');
    expect(await hits(`ok?id=${ids[1]}`)).to.equal(1);
    expect(observer.disconnected, 'nothing left to watch').to.equal(true);
    // Seen once: a change of src loads at once.
    const next = unique();
    first.src = `/__fault/ok?id=${next}`;
    for (let tries = 0; (await hits(`ok?id=${next}`)) === 0; tries++) {
      expect(tries, 'the new src requested').to.be.lessThan(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(ScriptedObserver.made).to.have.length(1);
  });

  it('removed before it is seen: nothing fetched, nothing thrown, the observer let go; re-attached, it waits again', async () => {
    script();
    const id = unique();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = fixtureSync<TinList>(html`<tin-list loading="lazy" src="/__fault/ok?id=${id}"></tin-list>`);
      const observer = await until(() =>
        ScriptedObserver.made[0]?.watched.has(el) ? ScriptedObserver.made[0] : undefined,
      );
      const parent = el.parentElement!;
      el.remove();
      expect(observer.watched.size).to.equal(0);
      expect(observer.disconnected).to.equal(true);
      // A late callback for it (already queued by the browser) does nothing. The control, a lazy
      // list reported near in the same task, right after it, does fetch: once its feed has
      // loaded, a request the late callback made would have reached the server before it.
      const controlId = unique();
      const control = document.createElement('tin-list') as TinList;
      Object.assign(control, { loading: 'lazy', src: `/__fault/ok?id=${controlId}` });
      const controlLoaded = new Promise((resolve) => control.addEventListener('tin-load', resolve, { once: true }));
      parent.append(control);
      const watching = await until(
        () => ScriptedObserver.made.find((o) => o.watched.has(control)),
        4000,
        'the control watched',
      );
      observer.near(el);
      watching.near(control);
      await controlLoaded;
      expect(await hits(`ok?id=${controlId}`), 'the control’s requests').to.equal(1);
      expect(await hits(`ok?id=${id}`), 'the removed list’s requests').to.equal(0);
      control.remove();

      parent.append(el);
      const again = await until(() => ScriptedObserver.made.find((o) => o.watched.has(el)), 4000, 'watched again');
      expect(await hits(`ok?id=${id}`)).to.equal(0);
      again.near(el);
      await until(() => shownItems(el).length, 4000, 'loaded');
      expect(await hits(`ok?id=${id}`)).to.equal(1);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('eager (the default, or any other value) fetches at once', async () => {
    for (const value of [null, 'eager', 'sớm']) {
      const id = unique();
      const el = document.createElement('tin-list') as TinList;
      el.className = 'lazy-page';
      if (value !== null) el.setAttribute('loading', value);
      el.src = `/__fault/ok?id=${id}`;
      document.body.append(el);
      await until(() => shownItems(el).length, 4000, `loaded (${value})`);
      expect(await hits(`ok?id=${id}`)).to.equal(1);
    }
  });

  it('a waiting list’s skeleton fits a narrow column (a 1fr grid track on a phone) instead of widening it', async () => {
    script();
    const holder = fixtureSync(html`<div style="display: grid; grid-template-columns: 1fr; width: 300px">
      <tin-list loading="lazy" src="/__fault/ok?id=${unique()}"></tin-list>
    </div>`);
    const list = holder.querySelector<TinList>('tin-list')!;
    // Its placeholder lines (blank, then the skeleton's) hold the place while it waits.
    await until(() => list.shadowRoot?.querySelector('.items[aria-busy="true"] .item'), 4000, 'the placeholder');
    expect(list.getBoundingClientRect().width).to.be.at.most(300);
  });

  it('a lazy element set back to eager while it waits loads at once', async () => {
    script();
    const id = unique();
    const el = fixtureSync<TinList>(html`<tin-list loading="lazy" src="/__fault/ok?id=${id}"></tin-list>`);
    await until(() => ScriptedObserver.made[0]?.watched.has(el));
    el.loading = 'eager';
    await until(() => shownItems(el).length, 4000, 'loaded');
    expect(await hits(`ok?id=${id}`)).to.equal(1);
    expect(ScriptedObserver.made[0]!.disconnected).to.equal(true);
  });
});

describe('the new attributes set to odd values by code', () => {
  it('are ignored as absent: every element still shows its feed, and nothing is logged as an error', async () => {
    const odd = { toString: () => '_blank' };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const feed = many(3);
      const card = fixtureSync<TinCard>(html`<tin-card .feed=${feed}></tin-card>`);
      const list = fixtureSync<TinList>(html`<tin-list .feed=${feed}></tin-list>`);
      const grid = fixtureSync<TinFeed>(html`<tin-feed .feed=${feed}></tin-feed>`);
      for (const el of [card, list, grid])
        Object.assign(el, { offset: odd, linkTarget: odd, fallbackImage: 42, loading: ['lazy'], tag: 4 });
      await Promise.all([card.updateComplete, list.updateComplete, grid.updateComplete]);
      expect(cardTitle(card)).to.equal('Tin số 1');
      expect(titles(list)).to.deep.equal(['Tin số 1', 'Tin số 2', 'Tin số 3']);
      await until(() => cardTitles(grid).length === 3 && cardTitles(grid).every(Boolean), 4000, 'the grid');
      expect(card.shadowRoot!.querySelector('[part="link"]')!.hasAttribute('target')).to.equal(false);
      expect(errors).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });
});

describe('reader tools: email', () => {
  const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
  const title = 'Hội nghị & tọa đàm: “Đà Nẵng” đạt 100%? #1 + 2';
  const url = 'https://tinh.example.gov.vn/tin-tuc/hội-nghị.html?id=5&lang=vi#đầu';
  const article = { ...feed.items[0]!, title, url };

  it('"Gửi email" opens mailto: with the title as subject and the link as body, encoded, Vietnamese intact', async () => {
    const el = await fixture<TinArticle>(
      html`<tin-article no-json-ld tools="email" .article=${article}></tin-article>`,
    );
    const link = await until(
      () => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="tools"] a[href^="mailto:"]'),
      4000,
      'the email tool',
    );
    expect(link.textContent!.trim()).to.equal('Gửi email');
    const href = link.getAttribute('href')!;
    // One subject and one body, spaces as %20 (a "+" would reach the reader as a plus sign).
    expect(href).to.match(/^mailto:\?subject=[^&]*&body=[^&]*$/);
    expect(href).to.not.contain(' ');
    const [subject, body] = href
      .slice('mailto:?'.length)
      .split('&')
      .map((pair) => decodeURIComponent(pair.slice(pair.indexOf('=') + 1)));
    expect(subject).to.equal(title);
    expect(body).to.equal(url);
    expect(link.hasAttribute('target'), 'the mail program, not a blank tab').to.equal(false);
    await expect(el).to.be.accessible();
    // Only when asked for: the default tools have none.
    const plain = await fixture<TinArticle>(html`<tin-article no-json-ld .article=${article}></tin-article>`);
    await until(() => plain.shadowRoot!.querySelector('[part="body"]'));
    expect(plain.shadowRoot!.querySelector('a[href^="mailto:"]')).to.equal(null);
  });

  it('speaks English under lang="en"', async () => {
    const el = await fixture<TinArticle>(
      html`<tin-article lang="en" no-json-ld tools="email" .article=${article}></tin-article>`,
    );
    const link = await until(() => el.shadowRoot!.querySelector('[part~="tools"] a[href^="mailto:"]'));
    await until(() => link.textContent!.trim() === 'Email', 4000, 'English');
  });
});
