// A portal that includes the library more than once: the classic script twice plus the CDN ES
// module (test/pages/double-load/cdn-twice.html), or the CDN module, the npm build and the classic
// script together (module-first.html). Nothing may throw, and each element renders once.
import { openFrame, until as untilDone } from '../helpers.js';
import { expect } from '@open-wc/testing';

interface DoubleRecord {
  errors: string[];
  console: string[];
  loads: string[];
}

type PageWindow = Window & typeof globalThis & { __double: DoubleRecord };

interface Loaded {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  /** Errors seen by a listener the test adds to the iframe window once it has loaded. */
  lateErrors: string[];
}

async function openPage(path: string): Promise<Loaded> {
  const { frame, win, doc, errors: lateErrors } = await openFrame<PageWindow>(path);
  const root = (id: string) => doc.getElementById(id)?.shadowRoot;
  await until(
    () =>
      root('card')?.querySelector('[part="link"]') &&
      root('list')?.querySelectorAll('[part="item"]').length === 3 &&
      root('article')?.querySelector('[part="body"] p') &&
      root('feed')?.querySelectorAll('tin-card').length === 2 &&
      [...root('feed')!.querySelectorAll('tin-card')].every((card) => card.shadowRoot?.querySelector('[part="link"]')),
    `every element of ${path} to render`,
  );
  // A second copy's update, a late chunk or a second request would have been set off by then. A
  // control added now goes the same way (a request to the same server, parse, render, tin-load):
  // once it has loaded, they have shown up. Its tin-load stops at the control, out of the record.
  const control = doc.createElement('tin-list');
  control.setAttribute('src', `/test/pages/host/feed.json?control=${Math.random()}`);
  let controlLoaded = false;
  control.addEventListener(
    'tin-load',
    (event) => {
      event.stopPropagation();
      controlLoaded = true;
    },
    { once: true },
  );
  doc.body.append(control);
  await until(() => controlLoaded, 'a control <tin-list> added after the render to load');
  control.remove();
  return { frame, win, doc, lateErrors };
}

function assertRenderedOnce({ doc }: Loaded): void {
  const root = (id: string) => doc.getElementById(id)!.shadowRoot!;
  const count = (id: string, selector: string) => root(id).querySelectorAll(selector).length;
  expect(count('card', '[part="card"]'), 'cards in <tin-card>').to.equal(1);
  expect(count('card', '[part="title"]')).to.equal(1);
  expect(count('list', '[part="list"]'), 'sections in <tin-list>').to.equal(1);
  expect(count('list', '[part="item"]')).to.equal(3);
  expect(count('article', '[part="body"]'), 'bodies in <tin-article>').to.equal(1);
  expect(count('feed', 'tin-card')).to.equal(2);
  for (const card of root('feed').querySelectorAll('tin-card'))
    expect(card.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(1);
  for (const id of ['card', 'list', 'article', 'feed']) {
    // One shadow root's worth of content: Lit renders into a root once; a second copy's class
    // would have thrown on attachShadow, so each host holds exactly one rendered tree.
    expect(root(id).children.length, `top-level nodes in <${id}>`).to.be.greaterThan(0);
    expect(doc.getElementById(id)!.matches(':defined')).to.equal(true);
  }
  expect(
    doc.head.querySelectorAll('script[type="application/ld+json"][data-tin-widgets]'),
    'JSON-LD blocks',
  ).to.have.length(1);
}

describe('loaded more than once', () => {
  describe('the classic script twice, then the CDN ES module', () => {
    let page: Loaded;
    before(async function () {
      this.timeout(15000);
      page = await openPage('/test/pages/double-load/cdn-twice.html');
    });
    after(() => page?.frame.remove());

    it('throws nothing and logs no warning or error', () => {
      expect(page.win.__double.errors).to.deep.equal([]);
      expect(page.lateErrors).to.deep.equal([]);
      expect(page.win.__double.console).to.deep.equal([]);
    });

    it('renders each element once', () => {
      assertRenderedOnce(page);
    });

    it('each element loaded its feed once (one tin-load each)', () => {
      expect([...page.win.__double.loads].sort()).to.deep.equal(['article', 'card', 'feed', 'list']);
    });

    it('the ES module loads no chunk at all: every tag was already defined', async () => {
      const entry = await (await fetch('/dist/cdn/tin-widgets.js')).text();
      // The entry requests the core chunk (cards, lists) and one chunk each for article and feed,
      // each with the files it imports: Rolldown's helpers, the article's folding, the grid's URL state.
      const lazy = [...new Set([...entry.matchAll(/["'`](\.\/chunks\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!.slice(2)))];
      expect(lazy.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).sort(), 'chunks named in the entry').to.deep.equal([
        'chunks/core',
        'chunks/define',
        'chunks/define',
        'chunks/fold',
        'chunks/rolldown-runtime',
        'chunks/url-state',
      ]);
      const requested = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(requested).to.include('/dist/cdn/tin-widgets.js');
      for (const chunk of lazy) expect(requested).to.not.include(`/dist/cdn/${chunk}`);
    });
  });

  describe('the CDN module, the npm build and the classic script together', () => {
    let page: Loaded;
    before(async function () {
      this.timeout(15000);
      page = await openPage('/test/pages/double-load/module-first.html');
    });
    after(() => page?.frame.remove());

    it('throws nothing and logs no warning or error of its own', () => {
      expect(page.win.__double.errors).to.deep.equal([]);
      expect(page.lateErrors).to.deep.equal([]);
      // The test server resolves the npm build's `lit` import to Lit's development build, which
      // announces itself and (rightly) notices the second Lit copy. A bundler's production build
      // of the npm package says neither; anything else logged is ours.
      const litDevNotices = /lit\.dev\/msg\/(dev-mode|multiple-versions)/;
      expect(page.win.__double.console.filter((line) => !litDevNotices.test(line))).to.deep.equal([]);
    });

    it('renders each element once, and each loaded its feed once', () => {
      assertRenderedOnce(page);
      expect([...page.win.__double.loads].sort()).to.deep.equal(['article', 'card', 'feed', 'list']);
    });
  });
});

/** `until` with the message first, as these page tests read best. */
function until<T>(check: () => T, what: string, timeout = 8000): Promise<NonNullable<T>> {
  return untilDone(check, timeout, what);
}
