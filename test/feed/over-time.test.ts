// Over minutes of browsing and under a bad network: a server that changes the feed between
// requests (test/server/fault-server.mjs, scenario "sequence"), two pages sharing one
// sessionStorage, a storage the host fills, a server that hangs, a proxy.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/tin-article/define.js';
import '../../src/elements/tin-feed/define.js';
import '../../src/elements/tin-list/define.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import type { TinErrorDetail, TinLoadDetail } from '../../src/events.js';
import { cachedFeed, INDEX_KEY, loadFeed, peekFeed, STORAGE_PREFIX } from '../../src/feed/loader.js';
import { STORAGE_CAP, writeStored } from '../../src/feed/session-cache.js';
import { afterPaint, captureWarnings, freshCaches, itemTexts, resetHash, shadowText, until } from '../helpers.js';

const NOT_FOUND = 'Không tìm thấy bài viết.';
const GONE = 'Bài viết này hiện không còn trong danh sách tin.';
// The citizens' wording for a failure that may pass (src/render/messages.ts).
const TIMEOUT = 'Hiện chưa tải được tin bài. Vui lòng thử lại sau.';

const realFetch = window.fetch.bind(window);
const absolute = (url: string) => new URL(url, document.baseURI).href;

let unique = 0;
function fault(scenario: string, params: Record<string, string | number> = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  query.set('id', `${Date.now().toString(36)}-${++unique}-${Math.random().toString(36).slice(2, 8)}`);
  return { url: `/__fault/${scenario}?${query}`, key: `${scenario}?${query}` };
}

async function hits(target: { key: string }): Promise<number> {
  const response = await realFetch(`/__fault/hits?key=${encodeURIComponent(target.key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

/** Titles of a list's items (their text starts with the title, then the date). */
const titles = (list: Element) => itemTexts(list).map((text) => text.replace(/ \(.*$/, ''));

/** Every text `root` showed while `fn` ran (its own text at each change): what the visitor could have seen. */
async function seenWhile(root: Node, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => void seen.push((root.textContent ?? '').replace(/\s+/g, ' ')));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  try {
    await fn();
  } finally {
    observer.disconnect();
  }
  return seen;
}

describe('nothing on screen disappears because the source changed', () => {
  beforeEach(freshCaches);
  afterEach(resetHash);

  it('pages added by "Xem thêm" stay after a changed refresh, new items merged in by id', async () => {
    // First page 1–4 with a next page 5, 6; the refresh drops 4 and adds 0.
    const target = fault('sequence', { steps: '1,2,3,4;0,1,2,3', more: '5,6' });
    const el = await fixture<TinList>(html`<tin-list src=${target.url} limit="4" load-more></tin-list>`);
    await until(() => titles(el).length === 4, 4000, 'the first page');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    await until(() => titles(el).length === 6, 4000, 'the next page');
    expect(titles(el)).to.deep.equal(['Tin 1', 'Tin 2', 'Tin 3', 'Tin 4', 'Tin 5', 'Tin 6']);
    el.reload();
    await until(() => titles(el).includes('Tin 0'), 4000, 'the refreshed feed');
    expect(titles(el)).to.deep.equal(['Tin 0', 'Tin 1', 'Tin 2', 'Tin 3', 'Tin 5', 'Tin 6']);
  });

  it('<tin-article item-id>: an article the refreshed feed dropped stays open, with a polite note', async () => {
    const target = fault('sequence', { steps: '1,2;2' });
    const loads: TinLoadDetail[] = [];
    const el = await fixture<TinArticle>(
      html`<tin-article src=${target.url} item-id="1" @tin-load=${(e: CustomEvent<TinLoadDetail>) => loads.push(e.detail)}></tin-article>`,
    );
    await until(() => el.shadowRoot!.querySelector('h1')?.textContent === 'Tin 1', 4000, 'the article');
    expect(el.shadowRoot!.querySelector('[part="gone-note"]')).to.equal(null);
    el.reload();
    await until(() => loads.length === 2, 4000, 'the second version');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Tin 1');
    const note = el.shadowRoot!.querySelector('[part="gone-note"]')!;
    expect(note.textContent!.trim()).to.equal(GONE);
    expect(note.getAttribute('role')).to.equal('status');
    expect(shadowText(el)).not.to.contain(NOT_FOUND);
    // Leaving it (another id) forgets it.
    el.itemId = '1x';
    await el.updateComplete;
    expect(shadowText(el)).to.contain(NOT_FOUND);
  });

  it('<tin-feed>: the open article stays open when a refresh drops it', async () => {
    const target = fault('sequence', { steps: '1,2;2' });
    const loads: TinLoadDetail[] = [];
    const el = await fixture<TinFeed>(
      html`<tin-feed src=${target.url} @tin-load=${(e: CustomEvent<TinLoadDetail>) => loads.push(e.detail)}></tin-feed>`,
    );
    await until(() => el.shadowRoot!.querySelector('tin-card[data-id="1"]'), 4000, 'the cards');
    el.open('1');
    const article = await until(() => el.shadowRoot!.querySelector<TinArticle>('tin-article'), 4000, 'the view');
    await until(() => article.shadowRoot?.querySelector('h1')?.textContent === 'Tin 1', 4000, 'the open article');
    el.reload();
    await until(() => loads.length === 2, 4000, 'the second version');
    await el.updateComplete;
    await article.updateComplete;
    expect(el.shadowRoot!.querySelector('tin-article')).to.equal(article);
    expect(article.shadowRoot!.querySelector('h1')!.textContent).to.equal('Tin 1');
    expect(article.shadowRoot!.querySelector('[part="gone-note"]')!.textContent!.trim()).to.equal(GONE);
    expect(shadowText(article)).not.to.contain(NOT_FOUND);
  });
});

describe('the freshest data wins', () => {
  beforeEach(freshCaches);

  /** Another page of the visit stored `ids` for `url` just now. */
  async function storedByAnotherPage(url: string, ids: string[]): Promise<void> {
    const body = JSON.stringify({
      title: 'Bản cũ',
      items: ids.map((id) => ({ id, title: `Tin ${id}`, content_text: `Cũ ${id}.` })),
    });
    writeStored(absolute(url), { body, fetchedAt: Date.now(), base: absolute(url) });
  }

  it('a copy stored by another page 1 s ago is not taken for the feed: loadFeed asks the server', async () => {
    const target = fault('sequence', { steps: '1,2,3' });
    await storedByAnotherPage(target.url, ['1', '2']);
    const restored = await cachedFeed(target.url);
    expect(restored!.items.map((item) => item.id)).to.deep.equal(['1', '2']);
    const feed = await loadFeed(target.url);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['1', '2', '3']);
    expect(peekFeed(target.url)).to.equal(feed);
    expect(await hits(target)).to.equal(1);
  });

  it('<tin-article> of an article newer than the stored copy never says "not found" while the request is out', async () => {
    const target = fault('sequence', { steps: '1,2,3', ms: 400 });
    await storedByAnotherPage(target.url, ['1', '2']);
    const el = document.createElement('tin-article');
    el.src = target.url;
    el.itemId = '3';
    document.body.append(el);
    try {
      // Lit renders in a microtask after connecting: the shadow root is there, still empty.
      const seen = await seenWhile(el.shadowRoot!, () =>
        until(() => el.shadowRoot!.querySelector('h1')?.textContent === 'Tin 3', 4000, 'the new article'),
      );
      expect(seen.length, 'renders observed').to.be.above(1);
      expect(seen.filter((text) => text.includes(NOT_FOUND))).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('a redirected feed resolves its links against one base, fresh or restored', async () => {
    const target = fault('redirect-relative');
    const fresh = await loadFeed(target.url);
    await afterPaint();
    const key = absolute(target.url);
    const saved = sessionStorage.getItem(STORAGE_PREFIX + key)!;
    const index = sessionStorage.getItem(INDEX_KEY)!;
    freshCaches();
    sessionStorage.setItem(STORAGE_PREFIX + key, saved);
    sessionStorage.setItem(INDEX_KEY, index);
    const restored = await cachedFeed(target.url);
    expect(fresh.items[0]!.url).to.match(/\/__fault\/relative\?tin=1$/);
    expect(restored!.items[0]!.url).to.equal(fresh.items[0]!.url);
  });
});

describe('storage is a guest', () => {
  beforeEach(freshCaches);
  afterEach(() => {
    freshCaches();
    sessionStorage.removeItem('portal:own');
  });

  const ours = () =>
    Object.keys(sessionStorage)
      .filter((name) => name === INDEX_KEY || name.startsWith(STORAGE_PREFIX))
      .reduce((sum, name) => sum + name.length + sessionStorage.getItem(name)!.length, 0);

  it('after ten large feeds it holds under the cap, the least recently used go first, and the host can still write 300 K', async () => {
    const urls: string[] = [];
    for (let n = 0; n < 10; n++) {
      const body = JSON.stringify({
        title: `Mục ${n}`,
        items: [{ id: '1', title: 'Tin', summary: 'x'.repeat(400_000) }],
      });
      const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
      urls.push(url);
      await loadFeed(url);
      await until(() => sessionStorage.getItem(STORAGE_PREFIX + url), 4000, `feed ${n} stored`);
      if (n === 5) await cachedFeed(urls[4]!); // nothing: in memory already, so no use of the stored copy
    }
    expect(ours()).to.be.at.most(STORAGE_CAP);
    expect(sessionStorage.getItem(STORAGE_PREFIX + urls[9]!)).to.be.a('string');
    expect(sessionStorage.getItem(STORAGE_PREFIX + urls[0]!)).to.equal(null);
    sessionStorage.setItem('portal:own', 'p'.repeat(300_000));
    expect(sessionStorage.getItem('portal:own')).to.have.length(300_000);
  });

  it('a storage that throws on every write costs nothing but the copy', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const target = fault('ok', { title: 'Không lưu được' });
      const feed = await loadFeed(target.url);
      await afterPaint();
      expect(feed.title).to.equal('Không lưu được');
      expect(sessionStorage.getItem(STORAGE_PREFIX + absolute(target.url))).to.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('a visitor is told within about 10 s', () => {
  beforeEach(freshCaches);

  it('a server slower than 10 s: the timeout message shows while the first attempt is still out, then the content replaces it', async function () {
    this.timeout(30_000);
    const target = fault('slow', { ms: 12_500 });
    const errors: TinErrorDetail[] = [];
    const el = await fixture<TinList>(
      html`<tin-list src=${target.url} timeout="30" @tin-error=${(e: CustomEvent<TinErrorDetail>) => errors.push(e.detail)}></tin-list>`,
    );
    const box = await until(() => el.shadowRoot!.querySelector('[part="error"]'), 12_000, 'the notice');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain(TIMEOUT);
    expect(itemTexts(el)).to.deep.equal([]);
    // Told before the one attempt has answered or timed out.
    expect(await hits(target)).to.equal(1);
    await until(() => itemTexts(el).length === 1, 6000, 'the content');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });
});

describe('proxy', () => {
  beforeEach(freshCaches);
  const feedUrl = 'https://tin.example.gov.vn/rss/thoi-su.json';

  it('requests go through the template; the cache key and the links keep the feed’s own URL', async () => {
    const target = fault('proxy');
    const proxy = `${target.url}&url={url}`;
    const feed = await loadFeed(feedUrl, { proxy, persist: false });
    expect(feed.title).to.equal(`Qua proxy: ${feedUrl}`);
    expect(feed.items[0]!.url).to.equal('https://tin.example.gov.vn/rss/bai-viet/1.html');
    expect(peekFeed(feedUrl)).to.equal(feed);
  });

  it('the page-wide <meta name="tin-widgets:proxy"> is used by an element without its own', async () => {
    const target = fault('proxy');
    const meta = Object.assign(document.createElement('meta'), {
      name: 'tin-widgets:proxy',
      content: `${target.url}&url={url}`,
    });
    document.head.append(meta);
    try {
      const el = await fixture<TinList>(html`<tin-list src=${feedUrl}></tin-list>`);
      await until(() => itemTexts(el).length === 1, 4000, 'the item');
      expect(await hits({ key: `${target.key}&url=${encodeURIComponent(feedUrl)}` })).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  for (const junk of ['javascript:alert({url})', '/proxy-without-placeholder']) {
    it(`a junk template (${junk}) is refused in the console and the feed loads directly`, async () => {
      const target = fault('ok', { title: 'Trực tiếp' });
      const warnings = await captureWarnings(async () => {
        const feed = await loadFeed(target.url, { proxy: junk, persist: false });
        expect(feed.title).to.equal('Trực tiếp');
      });
      expect(warnings.some((line) => line.includes('Ignored the proxy') && line.includes('{url}'))).to.equal(true);
      expect(await hits(target)).to.equal(1);
    });
  }
});
