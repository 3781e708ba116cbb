// Data handed over by code is not trusted either: hostile objects through every data property
// of every element (the README's React and Vue path), then every link clicked.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Article, Feed } from '../../src/feed/model.js';
import { freshCaches, resetHash, until } from '../helpers.js';

declare global {
  interface Window {
    __xss: (n: number) => void;
  }
}

const executions: number[] = [];
window.__xss = (n) => void executions.push(n);

/** An article as careless or hostile code might build it: wrong types, script URLs, markup as text. */
function hostileArticle(id: unknown = 'h1'): Article {
  return {
    id,
    url: 'javascript:window.__xss(1)',
    externalUrl: ' JaVa\tScRiPt:window.__xss(2)',
    title: '<img src=x onerror=window.__xss(3)>Tiêu đề',
    summary: 5,
    contentHtml: '<p>Thân bài <a href="javascript:window.__xss(4)">liên kết</a><img src=x onerror=window.__xss(5)></p>',
    image: 'javascript:window.__xss(6)',
    bannerImage: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss(7)"/>',
    published: 'không phải ngày',
    modified: new Date(NaN),
    authors: [{ name: 'Ban biên tập', url: 'javascript:window.__xss(8)' }, null, 'Phóng viên'],
    tags: 'không phải mảng',
    language: '"><script>window.__xss(9)</script>',
    attachments: [
      { url: 'javascript:window.__xss(10)', mimeType: 'application/pdf', title: 'Văn bản' },
      { url: 'https://tinh.example.gov.vn/files/ke-hoach.pdf', mimeType: 7, title: 'Kế hoạch', sizeInBytes: -1 },
      'https://x.vn/y.pdf',
    ],
  } as unknown as Article;
}

const hostileFeed = (): Feed =>
  ({
    title: { toString: () => 'x' },
    homePageUrl: 'javascript:window.__xss(11)',
    authors: 'nobody',
    items: [
      hostileArticle('h1'),
      null,
      42,
      hostileArticle('h2'),
      { id: 'ok', title: 'Bài bình thường', url: 'https://tinh.example.gov.vn/ok' },
    ],
  }) as unknown as Feed;

const hrefFors: Record<string, unknown> = {
  'a javascript: URL': () => 'javascript:window.__xss(12)',
  'a data: URL': () => 'data:text/html,<script>parent.window.__xss(13)</script>',
  'a function that throws': () => {
    throw new Error('hrefFor failed');
  },
  'not a function': 'javascript:window.__xss(14)',
};

/** Every element in `root` (and its own shadow root) and the shadow roots below it. */
function* walk(root: ParentNode): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* walk(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Every href and src is on the allow-list; then each link is clicked the way a visitor clicks it. */
function assertSafeAndClickAll(root: Element): number {
  let links = 0;
  for (const el of walk(root)) {
    for (const name of ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      expect(ALLOWED.has(new URL(value, document.baseURI).protocol), `${el.localName} ${name}="${value}"`).to.equal(
        true,
      );
    }
    expect(
      el.getAttributeNames().filter((a) => a.startsWith('on')),
      `${el.localName} handlers`,
    ).to.deep.equal([]);
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) {
      links++;
      // An allowed link would navigate the test page away; a script URL (which the assertion above
      // would already have failed on) runs on click, so a leak would show in `executions` too.
      const stop = (event: Event) => {
        if (/^(?:https?|mailto|tel):/.test(el.href)) event.preventDefault();
      };
      window.addEventListener('click', stop, { once: true });
      el.click();
      window.removeEventListener('click', stop);
    }
  }
  return links;
}

describe('hostile data set by code, through every data property', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => void errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => void errors.push(String(event.reason));
  beforeEach(() => {
    freshCaches();
    executions.length = 0;
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    resetHash();
    expect(executions, 'payloads that ran').to.deep.equal([]);
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
  });

  it('<tin-card .article>: no script URL is bound, markup in the title is text', async () => {
    const el = await fixture<HTMLElement>(html`<tin-card .article=${hostileArticle()}></tin-card>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent!.trim()).to.equal(
      '<img src=x onerror=window.__xss(3)>Tiêu đề',
    );
    expect(root.querySelector('[part="image"]')).to.equal(null);
    expect(root.querySelector('[part="link"]')).to.equal(null);
    expect(root.querySelector('[part="summary"]')!.textContent).to.equal('5');
    expect(assertSafeAndClickAll(el)).to.equal(0);
  });

  for (const [what, hrefFor] of Object.entries(hrefFors)) {
    it(`<tin-card> and <tin-list> with an hrefFor that is ${what}`, async () => {
      const good = {
        id: 'g',
        title: 'Bài',
        url: 'https://tinh.example.gov.vn/bai',
        authors: [],
        tags: [],
        attachments: [],
      };
      const card = await fixture<HTMLElement>(html`<tin-card .article=${good} .hrefFor=${hrefFor}></tin-card>`);
      const list = await fixture<HTMLElement>(
        html`<tin-list .articles=${[good, hostileArticle()]} .hrefFor=${hrefFor}></tin-list>`,
      );
      await until(() => list.shadowRoot!.querySelectorAll('[part="item"]').length === 2, 2000, 'list items');
      const expectedLinks = what === 'not a function' ? 1 : 0; // not a function: the default (the article's own URL)
      expect(assertSafeAndClickAll(card)).to.equal(expectedLinks);
      expect(assertSafeAndClickAll(list)).to.equal(expectedLinks);
    });
  }

  it('<tin-list .feed> and .articles with junk entries: the readable items render, none links to a script', async () => {
    const list = await fixture<HTMLElement>(html`<tin-list .feed=${hostileFeed()} limit="10"></tin-list>`);
    await until(() => list.shadowRoot!.querySelectorAll('[part="item"]').length === 3, 2000, 'list items');
    expect(assertSafeAndClickAll(list)).to.equal(1);
    const fromArray = await fixture<HTMLElement>(
      html`<tin-list .articles=${[null, hostileArticle(), 'x', { title: 7 }]}></tin-list>`,
    );
    await until(() => fromArray.shadowRoot!.querySelectorAll('[part="item"]').length === 2, 2000, 'list items');
    assertSafeAndClickAll(fromArray);
  });

  it('<tin-article .article .feed>: body, authors, tags, attachments and "Các tin khác" stay safe', async () => {
    const feed = hostileFeed();
    const el = await fixture<HTMLElement>(
      html`<tin-article .article=${feed.items[0]} .feed=${feed} no-json-ld></tin-article>`,
    );
    const root = el.shadowRoot!;
    await until(() => root.querySelector('[part="body"] p'), 4000, 'article body');
    await until(() => root.querySelector('tin-list')?.shadowRoot?.querySelector('[part="item"]'), 2000, 'other news');
    expect(root.querySelector('h1')!.textContent).to.equal('<img src=x onerror=window.__xss(3)>Tiêu đề');
    expect(root.querySelector('h1')!.hasAttribute('lang')).to.equal(false);
    expect(root.querySelector('[part="author"]')!.textContent!.trim()).to.equal('Ban biên tập, Phóng viên');
    expect(root.querySelector('[part="tags"]')).to.equal(null);
    const files = [...root.querySelectorAll('[part="attachments"] li')].map((li) => [
      li.querySelector('a')?.getAttribute('href') ?? null,
      li.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    expect(files).to.deep.equal([['https://tinh.example.gov.vn/files/ke-hoach.pdf', 'Kế hoạch (PDF)']]);
    // The attachment, the Facebook and Zalo share links, and in "Các tin khác" the one article with
    // a real URL; the body's javascript: link lost its href.
    expect(assertSafeAndClickAll(el)).to.equal(4);
    expect(root.querySelector('[part="body"] a')!.hasAttribute('href')).to.equal(false);
  });

  it('string properties set to objects or numbers by code do not break any element', async () => {
    const odd = { toString: () => 'lạ' };
    const card = await fixture<HTMLElement & Record<string, unknown>>(html`<tin-card></tin-card>`);
    Object.assign(card, {
      src: odd,
      itemId: 5,
      layout: odd,
      dateFormat: 7,
      timeZone: odd,
      headingLevel: 'x',
      hrefFor: null,
    });
    const list = await fixture<HTMLElement & Record<string, unknown>>(html`<tin-list></tin-list>`);
    Object.assign(list, { src: 3, tag: 4, exclude: odd, limit: 'many', heading: odd, articles: 'none', feed: 5 });
    const article = await fixture<HTMLElement & Record<string, unknown>>(html`<tin-article></tin-article>`);
    Object.assign(article, { src: [], itemId: {}, tools: 9, otherCount: 'x', article: 'text', feed: [] });
    const grid = await fixture<HTMLElement & Record<string, unknown>>(html`<tin-feed></tin-feed>`);
    Object.assign(grid, { src: odd, tag: 1, limit: -3, columns: 'x', urlMode: 5, urlParam: odd });
    for (const el of [card, list, article, grid])
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    for (const el of [card, list, article, grid]) assertSafeAndClickAll(el);
  });
});
