// The CDN ES module on a page with only a <tin-feed> grid: the grid paints without the article view
// (and its sanitiser) being downloaded; opening a card loads it and shows the article.
import { expect } from '@open-wc/testing';
import { LAZY_CHUNKS } from '../../src/chunks.js';
import { EARLY_ACCEPT } from '../../src/early-feeds.js';
import { FEED_ACCEPT } from '../../src/feed/loader.js';
import { defined, openFrame, until } from '../helpers.js';

// The chunk files a clean JSON feed on a modern browser never needs: every lazy chunk but the elements'.
const onDemand = LAZY_CHUNKS.filter((chunk) => chunk.trigger !== 'element').map((chunk) => `${chunk.name}-`);

describe('CDN module: the grid does not wait for the article view', () => {
  it('paints the cards with <tin-article> still undefined, then opens an article on click', async () => {
    const { win, doc, errors } = await openFrame('/test/pages/cdn-grid/index.html');
    const feed = doc.querySelector('tin-feed')!;
    const cards = () => [...(feed.shadowRoot?.querySelectorAll('tin-card') ?? [])];
    await until(
      () => cards().length === 2 && cards().every((card) => card.shadowRoot?.querySelector('[part="link"]')),
      4000,
      'two cards with links',
    );
    expect(defined(win, 'tin-article'), '<tin-article> defined before any article opened').to.equal(false);
    // A clean Vietnamese JSON Feed needs none of the on-demand chunks.
    const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!);
    expect(chunks.filter((name) => onDemand.some((prefix) => name.startsWith(prefix)))).to.deep.equal([]);
    expect(
      chunks.some((name) => name.startsWith('core-')),
      'the core chunk was requested',
    ).to.equal(true);

    const link = cards()[0]!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    link.click();
    await until(
      () => feed.shadowRoot?.querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] p'),
      4000,
      'the opened article to render its body',
    );
    expect(defined(win, 'tin-article'), '<tin-article> defined once an article opened').to.equal(true);
    expect(win.location.hash).to.match(/^#tin=/);
    expect(errors).to.deep.equal([]);
  });

  it('opens a deep link (#tin=id) straight into the article on first load', async () => {
    const { doc, errors } = await openFrame('/test/pages/cdn-grid/index.html#tin=a');
    const feed = doc.querySelector('tin-feed')!;
    await until(
      () => feed.shadowRoot?.querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] p'),
      4000,
      'the deep-linked article to render',
    );
    expect(errors).to.deep.equal([]);
  });

  it('does not load the article view early for an address that opens none', async () => {
    const { win, doc, errors } = await openFrame('/test/pages/cdn-grid/index.html#tin=&tin-2=a&trang=2');
    const feed = doc.querySelector('tin-feed')!;
    const link = await until(
      () => feed.shadowRoot?.querySelector('tin-card')?.shadowRoot?.querySelector<HTMLAnchorElement>('[part="link"]'),
      4000,
      'the grid',
    );
    expect(defined(win, 'tin-article')).to.equal(false);
    // A request made early may still be on its way here, so the proof is when the article view's
    // file was asked for: only after the click, by the grid (the browser fetches a module once).
    const clickedAt = win.performance.now();
    link.click();
    await until(
      () => feed.shadowRoot?.querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] p'),
      4000,
      'the opened article',
    );
    const defines = win.performance
      .getEntriesByType('resource')
      .filter((entry) => /\/chunks\/define-[^/]*\.js$/.test(entry.name));
    expect(
      defines.map((entry) => entry.startTime > clickedAt),
      "the grid's code before the click, the article view's after it",
    ).to.deep.equal([false, true]);
    expect(errors).to.deep.equal([]);
  });

  it("asks for a deep link's article view before the grid's own code runs", async () => {
    const { win, doc, errors } = await openFrame<Window & { release(): void }>('/test/pages/cdn-grid/held.html#tin=a');
    await until(() => win.customElements.get('tin-article'), 4000, 'the article view, while the grid is held');
    expect(defined(win, 'tin-feed')).to.equal(false);
    win.release();
    await until(
      () =>
        doc
          .querySelector('tin-feed')
          ?.shadowRoot?.querySelector('tin-article')
          ?.shadowRoot?.querySelector('[part="body"] p'),
      4000,
      'the article',
    );
    expect(errors).to.deep.equal([]);
  });
});

describe('CDN module: feeds requested while the code downloads', () => {
  interface Noted {
    readonly url: string;
    readonly accept: string | null;
    readonly coreRan: boolean;
  }
  const feed = (query = '') => new URL(`/test/pages/csp/feed.json${query}`, location.href).href;

  it("asks for each element's feed once, before the core chunk has run, as the loader would", async () => {
    const { win, doc, errors } = await openFrame<Window & { requests: Noted[] }>('/test/pages/cdn-grid/early.html');
    const grid = doc.querySelector('tin-feed')!;
    const lists = [...doc.querySelectorAll('tin-list')];
    await until(
      () =>
        grid.shadowRoot?.querySelectorAll('tin-card').length === 2 &&
        lists.slice(0, 2).every((list) => list.shadowRoot?.querySelector('[part="link"]')),
      4000,
      'the grid and the two lists of the same feed',
    );
    const requests = win.requests;
    const of = (url: string) => requests.filter((request) => request.url === url);
    // The grid and the two lists share one request, made by the entry before the core ran.
    expect(of(feed())).to.deep.equal([{ url: feed(), accept: FEED_ACCEPT, coreRan: false }]);
    expect(EARLY_ACCEPT).to.equal(FEED_ACCEPT);
    // A lazy element, one with its own proxy setting and several feeds load as they always did.
    await until(() => of(feed('?proxied')).length === 1 && of(feed('?a')).length === 1, 4000, 'the later requests');
    for (const url of [feed('?proxied'), feed('?a'), feed('?b')])
      expect(
        of(url).map((request) => request.coreRan),
        url,
      ).to.deep.equal([true]);
    expect(of(feed('?lazy')), 'the lazy list below the fold').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('leaves the feeds to the elements when the page sets a proxy for all of them', async () => {
    const { win, doc } = await openFrame<Window & { requests: Noted[] }>('/test/pages/cdn-grid/early.html?proxy');
    await until(() => doc.querySelector('tin-feed')?.shadowRoot?.querySelector('tin-card'), 4000, 'the grid');
    expect(win.requests.filter((request) => !request.coreRan)).to.deep.equal([]);
  });
});
