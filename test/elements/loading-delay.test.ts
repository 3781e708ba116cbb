// The skeleton shows only once loading has lasted SKELETON_AFTER; before, each element holds its
// place blank (same size), so a fast answer paints the content straight away, and nothing moves
// at either step. Order of events, not time: the feed is held by the fault server's gate until
// the test opens it, and the "fast" case raises the delay so that the answer comes first by
// construction, whatever the machine's speed.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define.js';
import { FeedSource, SKELETON_AFTER } from '../../src/render/controllers/feed-source.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { freshCaches, until } from '../helpers.js';

type Phase = 'reserve' | 'skeleton' | 'content';

/** A feed of `n` items held until `open()`. */
function gated(n: number) {
  const id = `delay-${Math.random()}`;
  return {
    url: `/__fault/slow-many?gate=${id}&n=${n}`,
    open: () => fetch(`/__fault/gate-open?id=${id}`),
  };
}

/** What a shadow root shows, as its phase. */
const phaseOf = (root: ShadowRoot): Phase | undefined =>
  root.querySelector('.skeleton')
    ? 'skeleton'
    : root.querySelector('.reserve')
      ? 'reserve'
      : root.querySelector('[part~="link"]')
        ? 'content'
        : undefined;

/** Every phase `root` goes through, in order (a MutationObserver: each render is seen). */
function phases(root: ShadowRoot): Phase[] {
  const seen: Phase[] = [];
  const note = () => {
    const phase = phaseOf(root);
    if (phase && seen.at(-1) !== phase) seen.push(phase);
  };
  note();
  new MutationObserver(note).observe(root, { childList: true, subtree: true, attributes: true });
  return seen;
}

const cards = (feed: TinFeed) => [...feed.shadowRoot!.querySelectorAll('tin-card')];
const heights = (feed: TinFeed) => cards(feed).map((card) => Math.round(card.getBoundingClientRect().height));
const searchTop = (el: Element) => el.shadowRoot!.querySelector('[part="search"]')?.getBoundingClientRect().top;

/** A grid, its cards rendered, with each card's phases recorded from its first render. */
async function grid(url: string) {
  // fixtureSync: fixture() waits for an animation frame, which a background tab may never get.
  const feed = fixtureSync(
    html`<div style="width: 900px"><tin-feed searchable limit="6" src=${url}></tin-feed><p id="after">Chân trang</p></div>`,
  ).querySelector<TinFeed>('tin-feed')!;
  await until(() => cards(feed).length === 6 && cards(feed).every((card) => card.shadowRoot), 4000, 'six cards');
  const recorded = cards(feed).map((card) => phases(card.shadowRoot!));
  const after = () => Math.round(feed.parentElement!.querySelector('#after')!.getBoundingClientRect().top);
  return { feed, recorded, after };
}

describe('the skeleton waits for a slow answer', () => {
  beforeEach(freshCaches);
  afterEach(() => (FeedSource.skeletonAfter = SKELETON_AFTER));

  it('a fast answer: the grid goes from its blank, sized place straight to the cards, never a skeleton', async () => {
    FeedSource.skeletonAfter = 60_000; // the answer comes first by construction
    const feed = gated(6);
    const { feed: el, recorded, after } = await grid(feed.url);
    // The place is held: cards as tall as they will be, the search box already there, the page below in place.
    const reserved = heights(el);
    expect(
      reserved.every((h) => h > 100),
      `reserved heights ${reserved}`,
    ).to.equal(true);
    const box = searchTop(el);
    expect(box, 'the search box while loading').to.be.a('number');
    const below = after();
    await feed.open();
    await until(() => cards(el).every((card) => card.shadowRoot!.querySelector('[part="link"]')), 6000, 'the cards');
    for (const seen of recorded) expect(seen).to.deep.equal(['reserve', 'content']);
    expect(heights(el)).to.deep.equal(reserved);
    expect(searchTop(el)).to.equal(box);
    expect(after()).to.equal(below);
  });

  it('a slow answer: blank, then the skeleton, then the cards, each as tall as the last', async function () {
    this.timeout(20_000);
    const feed = gated(6);
    const { feed: el, recorded, after } = await grid(feed.url);
    // Held: blank, then the skeleton (a slow engine may already show it when the cards are first
    // looked at: the blank step itself is the fast test's, whose delay cannot run out).
    const placeholder = heights(el);
    const below = after();
    await until(() => recorded.every((seen) => seen.includes('skeleton')), 4000, 'the skeleton');
    expect(heights(el)).to.deep.equal(placeholder);
    expect(after()).to.equal(below);
    await feed.open();
    await until(() => recorded.every((seen) => seen.at(-1) === 'content'), 6000, 'the cards');
    for (const seen of recorded) expect(seen.slice(seen.indexOf('skeleton'))).to.deep.equal(['skeleton', 'content']);
    for (const seen of recorded) expect(seen.indexOf('skeleton')).to.be.at.most(1);
    expect(heights(el)).to.deep.equal(placeholder);
    expect(after()).to.equal(below);
  });

  it('what a visitor types while the feed loads stays, in the same focused box, and filters the cards', async () => {
    FeedSource.skeletonAfter = 60_000;
    const feed = gated(6);
    const { feed: el } = await grid(feed.url);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.focus();
    input.value = 'thứ 2';
    input.dispatchEvent(new Event('input'));
    await feed.open();
    await until(() => el.shadowRoot!.querySelector('.count'), 6000, 'the result line');
    expect(el.shadowRoot!.querySelector('[part="search"]')).to.equal(input);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(cards(el)).to.have.length(1);
  });

  it('<tin-list searchable>: blank lines, then the skeleton, then the items; the search box never moves', async function () {
    this.timeout(20_000);
    FeedSource.skeletonAfter = 60_000; // the blank step first, by construction
    const fast = gated(5);
    const wrap = fixtureSync(
      html`<div style="width: 500px"><tin-list searchable src=${fast.url}></tin-list><p id="after">Chân trang</p></div>`,
    );
    const blank = wrap.querySelector<TinList>('tin-list')!;
    await blank.updateComplete;
    expect(blank.shadowRoot!.querySelectorAll('.reserve .item')).to.have.length(5);
    const height = blank.getBoundingClientRect().height;
    // Where the box sits in the list (two fixtures are on the page: positions relative to each list).
    const box = searchTop(blank)! - blank.getBoundingClientRect().top;
    expect(box).to.be.a('number');
    await fast.open();
    FeedSource.skeletonAfter = SKELETON_AFTER;

    // Held past the delay: the skeleton, the same height, then the items.
    const feed = gated(5);
    const slow = fixtureSync(
      html`<div style="width: 500px"><tin-list searchable src=${feed.url}></tin-list><p id="after">Chân trang</p></div>`,
    );
    const el = slow.querySelector<TinList>('tin-list')!;
    const seen = phases(el.shadowRoot!);
    await until(() => seen.includes('skeleton'), 4000, 'the skeleton');
    const inList = () => searchTop(el)! - el.getBoundingClientRect().top;
    expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);
    expect(inList()).to.equal(box);
    await feed.open();
    await until(() => seen.at(-1) === 'content', 6000, 'the items');
    expect(seen.slice(seen.indexOf('skeleton'))).to.deep.equal(['skeleton', 'content']);
    expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);
    expect(inList()).to.equal(box);
  });

  for (const [phase, skeletonAfter] of [
    ['blank', 60_000], // before the skeleton is due, by construction
    ['skeleton', SKELETON_AFTER],
  ] as const)
    it(`<tin-article> loading, ${phase}: at least a screen tall, so what follows it stays out of view`, async () => {
      FeedSource.skeletonAfter = skeletonAfter;
      const feed = gated(3);
      const holder = fixtureSync(
        html`<div><tin-article src=${feed.url} item-id="s-2"></tin-article><p id="after">Các tin khác</p></div>`,
      );
      const article = holder.querySelector('tin-article')!;
      const shown = (selector: string) => () => article.shadowRoot?.querySelector(selector);
      await until(
        shown(phase === 'blank' ? '.reserve .article' : '[aria-busy="true"]:not(.reserve) .article.skeleton'),
        4000,
        phase,
      );
      // What follows the article starts at least a viewport's height below the article's top.
      const after = holder.querySelector('#after')!;
      expect(after.getBoundingClientRect().top - article.getBoundingClientRect().top).to.be.at.least(innerHeight);
      await feed.open();
      await until(shown('[part="title"]:not(.skeleton *)'), 6000, 'the article');
      expect(article.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('lần thứ 2');
    });
});
