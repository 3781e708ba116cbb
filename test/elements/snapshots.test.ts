// A whole-shadow-DOM snapshot of every element in every state, so the markup cannot drift
// silently: any change to a tag, an attribute, a class, a part or a text fails here until the
// snapshot is regenerated on purpose and reviewed in the diff:
//
//   npx web-test-runner test/elements/snapshots.test.ts --update-snapshots
//
// (regenerate in one engine, e.g. TIN_BROWSERS=chromium, then run all three against the file:
// when no snapshot exists yet, engines racing to write the same one could hide a difference.)
// Snapshots live in __snapshots__/snapshots.test.snap.js, written by the snapshot plugin that
// @web/test-runner registers by default (@web/test-runner-commands), compared with
// @open-wc/semantic-dom-diff (whitespace and attribute order normalised). Every engine is compared
// with the same snapshot: the markup must not depend on the engine.
//
// Why not `expect(el).shadowDom.to.equalSnapshot()` as is: semantic-dom-diff always drops <svg>,
// <style> and <script> subtrees (not configurable) and stops at nested shadow roots. `whole()`
// below serialises the shadow root itself, with every nested shadow root inlined as an
// <x-shadow-root> child of its host (like declarative shadow DOM) and those three tags renamed
// (x-svg, …) so they are compared too; semantic-dom-diff then normalises and diffs it as usual.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TinArticle } from '../../src/elements/tin-article/tin-article.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinFeed } from '../../src/elements/tin-feed/tin-feed.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED, manyItemsFeed } from '../fixtures/feeds.js';
import { freshCaches, resetHash, until } from '../helpers.js';

// Local images (the fixture's hosts are unreachable here, and a failed image would change the
// card to its fallback at a moment of its own choosing).
const IMAGE = new URL('/test/fixtures/anh.svg', location.href).href;
const BANNER = new URL('/test/fixtures/anh.svg?banner', location.href).href;
const localImages = {
  ...FULL_FEED,
  items: FULL_FEED.items.map((item, i) => (i === 0 ? { ...item, image: IMAGE, banner_image: BANNER } : item)),
};
const feed = parseJsonFeed(localImages, 'https://tinh.example.gov.vn/feed.json', () => {});
const article = feed.items[0]!;
const withoutImage = { ...article, image: undefined, bannerImage: undefined };
const many = parseJsonFeed(manyItemsFeed(8), 'https://tinh.example.gov.vn/many.json', () => {});

let unique = 0;
/**
 * A fault-server URL no other test (or earlier run) has fetched: see test/server/fault-server.mjs.
 * Its hit counters are shared by every engine: the random part keeps two engines from ever
 * sharing an `ok-then-500`.
 */
const fault = (scenario: string): string =>
  `/__fault/${scenario}?id=snapshots-${Date.now().toString(36)}-${++unique}-${Math.random().toString(36).slice(2, 8)}`;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// semantic-dom-diff removes these tags with everything inside; renamed, they are compared.
const RENAMED: Record<string, string> = { svg: 'x-svg', style: 'x-style', script: 'x-script' };
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * The only run-dependent values the markup holds, normalised rather than ignored (the attribute
 * stays in the snapshot, only the varying part is replaced):
 * - the test page's URL (`http://localhost:<port>/?wtr-session-id=<random>`), which <tin-feed>'s
 *   deep links (`…#tin=<id>`) start with, and its origin, which the local test images start with;
 * - `tin-list-heading-<n>`: a page-wide counter, so it depends on how many lists earlier tests
 *   made. `whole()` checks instead that every `aria-labelledby` names an element of its own root;
 * - the unique id of a fault-server URL in a host's `src` (`fault()` below).
 */
function normalise(value: string): string {
  const page = location.origin + location.pathname + location.search;
  return value
    .split(page)
    .join('{page}')
    .split(location.origin)
    .join('{origin}')
    .replace(/tin-list-heading-\d+/g, 'tin-list-heading-N')
    .replace(/id=snapshots-[a-z0-9]+-\d+-[a-z0-9]+/g, 'id=snapshots-N');
}

function serialise(node: Node): string {
  if (node instanceof Text) return escapeText(node.data);
  if (!(node instanceof Element)) return ''; // comments: Lit's part markers
  const name = RENAMED[node.localName] ?? node.localName;
  const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeAttribute(normalise(a.value))}"`).join('');
  if (VOID.has(name)) return `<${name}${attributes}>`;
  const shadow = node.shadowRoot ? `<x-shadow-root>${children(node.shadowRoot)}</x-shadow-root>` : '';
  return `<${name}${attributes}>${shadow}${children(node)}</${name}>`;
}

function children(parent: Node): string {
  if (parent instanceof ShadowRoot) {
    for (const labelled of parent.querySelectorAll('[aria-labelledby]')) {
      for (const id of labelled.getAttribute('aria-labelledby')!.split(/\s+/)) {
        expect(
          parent.getElementById(id),
          `aria-labelledby="${id}" names an element of the same shadow root`,
        ).to.not.equal(null);
      }
    }
  }
  return [...parent.childNodes].map(serialise).join('');
}

/**
 * The element with its whole shadow DOM, nested shadow roots included, ready for semantic-dom-diff.
 * The host's own attributes are part of it: what the element reflects there (`layout`, the
 * `--_columns` style of <tin-feed>) is markup its styles depend on, as much as the shadow root.
 */
const whole = (el: Element): string => serialise(el);

/** Waits for `el` and every tin-* element inside its shadow tree to finish rendering. */
async function settled(el: Element): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const pending: Element[] = [el];
    for (let i = 0; i < pending.length; i++) {
      await (pending[i] as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      pending.push(...(pending[i]!.shadowRoot?.querySelectorAll('tin-card, tin-list, tin-article') ?? []));
    }
  }
}

const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

async function snapshot(el: Element): Promise<void> {
  await settled(el);
  const markup = whole(el);
  // The snapshot file keeps each snapshot in a template literal, read back without unescaping.
  expect(
    /[`\\]|\$\{/.test(markup),
    'the markup holds a backquote, a backslash or "${": the snapshot file cannot store it',
  ).to.equal(false);
  await expect(markup).to.equalSnapshot();
}

describe('snapshots', () => {
  const FONT_SCALE = 'tin-widgets:font-scale';
  const restore: (() => void)[] = [];
  const stub = (target: object, name: string, value: unknown) => {
    const own = Object.getOwnPropertyDescriptor(target, name);
    Object.defineProperty(target, name, { configurable: true, writable: true, value });
    restore.push(() =>
      own ? Object.defineProperty(target, name, own) : delete (target as Record<string, unknown>)[name],
    );
  };

  before(() => {
    // The reader tools show "Nghe đọc bài" only when the machine has a Vietnamese voice, and
    // "Chia sẻ" only where navigator.share exists (not in every engine): both depend on the
    // engine and the machine, not on the markup. Give every engine both, so both buttons are
    // in every snapshot rather than left out of it.
    // On the prototypes: WebKit may drop a property set on the speechSynthesis object itself
    // (its wrapper is garbage-collected and made anew).
    stub(SpeechSynthesis.prototype, 'getVoices', () => [{ lang: 'vi-VN', name: 'Tiếng Việt (thử nghiệm)' }]);
    if (!('share' in navigator)) stub(Navigator.prototype, 'share', () => Promise.resolve());
    // The font size the reader tools remember decides which of A−/A+ is disabled; other test
    // files, in other tabs at the same time, set it in the origin's shared localStorage. Read as
    // unset here, without touching what they stored.
    const getItem = Storage.prototype.getItem;
    stub(Storage.prototype, 'getItem', function (this: Storage, key: string) {
      return key === FONT_SCALE ? null : getItem.call(this, key);
    });
  });
  after(() =>
    restore
      .splice(0)
      .reverse()
      .forEach((undo) => undo()),
  );
  beforeEach(freshCaches);
  afterEach(() => {
    resetHash();
    document.head.querySelectorAll('script[data-tin-widgets]').forEach((s) => s.remove());
  });

  describe('tin-card', () => {
    it('loading skeleton, no source yet', async () => {
      const el = await fixture<TinCard>(html`<tin-card></tin-card>`);
      await until(() => q(el, '.skeleton'), 4000, 'the skeleton');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('loaded with image, vertical', async () => {
      const el = await fixture<TinCard>(html`<tin-card .article=${article}></tin-card>`);
      await until(() => q(el, 'img[part="image"]'), 4000, 'the image');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('loaded without image, placeholder', async () => {
      const el = await fixture<TinCard>(html`<tin-card .article=${withoutImage}></tin-card>`);
      await until(() => q(el, '[part="placeholder"]'), 4000, 'the placeholder');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('horizontal layout', async () => {
      const el = await fixture<TinCard>(html`<tin-card layout="horizontal" .article=${article}></tin-card>`);
      await until(() => q(el, '[part="link"]'), 4000, 'the title link');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('compact layout', async () => {
      const el = await fixture<TinCard>(html`<tin-card layout="compact" .article=${article}></tin-card>`);
      await until(() => q(el, '[part="link"]'), 4000, 'the title link');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('relative date style, an article older than a week reads as an absolute date', async () => {
      // Published 09/07/2019: years ago whenever this runs, so the output does not depend on the clock.
      const el = await fixture<TinCard>(html`<tin-card date-style="relative" .article=${article}></tin-card>`);
      await until(() => q(el, 'time'), 4000, 'the date');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('error, the feed answers 404', async () => {
      const el = await fixture<TinCard>(html`<tin-card src=${fault('404')} item-id="1"></tin-card>`);
      await until(() => q(el, '[part="error"]'), 8000, 'the error');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('not found, item-id missing from the feed', async () => {
      const el = await fixture<TinCard>(html`<tin-card .feed=${feed} item-id="khong-co"></tin-card>`);
      await until(() => q(el, '[part="error"]'), 4000, 'not found');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('stale, a refresh failed', async () => {
      // ok-then-500: the first request gets the feed (one item, id "1"), every later one a 500.
      const el = await fixture<TinCard>(html`<tin-card src=${fault('ok-then-500')} item-id="1"></tin-card>`);
      // The fault server's item has no URL: a title without a link.
      await until(() => q(el, '[part="card"]:not(.skeleton, .reserve)'), 4000, 'the card');
      el.reload();
      await until(() => q(el, '[part="stale-note"]'), 8000, 'the stale note');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('English, error', async () => {
      const el = await fixture<TinCard>(html`<tin-card lang="en" src=${fault('404')} item-id="1"></tin-card>`);
      await until(() => q(el, '[part="error"]'), 8000, 'the error');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });
  });

  describe('tin-list', () => {
    it('loading skeleton, no source yet', async () => {
      const el = await fixture<TinList>(html`<tin-list></tin-list>`);
      await until(() => q(el, '.skeleton'), 4000, 'the skeleton');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('loaded', async () => {
      const el = await fixture<TinList>(html`<tin-list .feed=${feed}></tin-list>`);
      await until(() => q(el, '[part="item"]'), 4000, 'the items');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('empty', async () => {
      const el = await fixture<TinList>(html`<tin-list .articles=${[]}></tin-list>`);
      await until(() => q(el, '[part="empty"]'), 4000, 'the empty state');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('error, the feed answers 404', async () => {
      const el = await fixture<TinList>(html`<tin-list src=${fault('404')}></tin-list>`);
      await until(() => q(el, '[part="error"]'), 8000, 'the error');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('searchable, a query typed that matches nothing', async () => {
      const el = await fixture<TinList>(html`<tin-list searchable .feed=${feed}></tin-list>`);
      const input = await until(
        () => el.shadowRoot!.querySelector<HTMLInputElement>('input[part="search"]'),
        4000,
        'the search box',
      );
      input.value = 'không có tin này';
      input.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'không có tin này' }),
      );
      // The result line says nothing matched; no "Chưa có tin nào." under it (issue 14).
      await until(
        () => q(el, '.count')?.textContent === 'Không tìm thấy tin nào phù hợp với “không có tin này”.',
        4000,
        'no results',
      );
      expect(q(el, '[part="empty"]')).to.equal(null);
      await expect(el).to.be.accessible();
      await snapshot(el);
      // The typed text is a property, not in the markup: checked here.
      expect(input.value).to.equal('không có tin này');
    });

    it('load-more, first page of three with Xem thêm', async () => {
      const el = await fixture<TinList>(html`<tin-list load-more limit="3" .articles=${many.items}></tin-list>`);
      await until(() => q(el, '[part~="more-button"]'), 4000, 'the more button');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('English, loaded', async () => {
      const el = await fixture<TinList>(html`<tin-list lang="en" .feed=${feed}></tin-list>`);
      await until(() => q(el, '[part="item"]'), 4000, 'the items');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });
  });

  describe('tin-article', () => {
    /** Until the sanitised body and "Các tin khác" (when shown) are in. */
    const loaded = async (el: TinArticle) => {
      await until(() => q(el, '[part="body"]'), 8000, 'the body');
      const list = q(el, 'tin-list');
      if (list) await until(() => list.shadowRoot?.querySelector('[part="item"]'), 4000, 'Các tin khác');
    };

    it('loading skeleton, no source yet', async () => {
      const el = await fixture<TinArticle>(html`<tin-article></tin-article>`);
      await until(() => q(el, '[aria-busy="true"]:not(.reserve)'), 4000, 'the skeleton');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('loaded with body, author, tags, attachments and Các tin khác', async () => {
      const el = await fixture<TinArticle>(html`<tin-article .article=${article} .feed=${feed}></tin-article>`);
      await loaded(el);
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('not found, item-id missing from the feed', async () => {
      const el = await fixture<TinArticle>(html`<tin-article .feed=${feed} item-id="khong-co"></tin-article>`);
      await until(() => q(el, '[part="error"]'), 4000, 'not found');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('error, the feed answers 404', async () => {
      const el = await fixture<TinArticle>(html`<tin-article src=${fault('404')} item-id="1"></tin-article>`);
      await until(() => q(el, '[part="error"]'), 8000, 'the error');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('English, loaded', async () => {
      const el = await fixture<TinArticle>(
        html`<tin-article lang="en" .article=${article} .feed=${feed}></tin-article>`,
      );
      await loaded(el);
      await expect(el).to.be.accessible();
      await snapshot(el);
    });
  });

  describe('tin-feed', () => {
    const cardsLoaded = (el: TinFeed) =>
      until(
        () => {
          const cards = [...el.shadowRoot!.querySelectorAll('tin-card[data-id]')];
          return cards.length && cards.every((card) => card.shadowRoot?.querySelector('[part="link"]'));
        },
        4000,
        'the cards',
      );

    it('loading grid, no source yet', async () => {
      const el = await fixture<TinFeed>(html`<tin-feed limit="3"></tin-feed>`);
      await until(
        () =>
          [...el.shadowRoot!.querySelectorAll('tin-card')].every((card) => card.shadowRoot?.querySelector('.skeleton')),
        4000,
        'the skeleton cards',
      );
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('loaded grid', async () => {
      const el = await fixture<TinFeed>(html`<tin-feed .feed=${feed}></tin-feed>`);
      await cardsLoaded(el);
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('empty', async () => {
      const el = await fixture<TinFeed>(html`<tin-feed .articles=${[]}></tin-feed>`);
      await until(() => q(el, '[part="empty"]'), 4000, 'the empty state');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('error, the feed answers 404', async () => {
      const el = await fixture<TinFeed>(html`<tin-feed src=${fault('404')}></tin-feed>`);
      await until(() => q(el, '[part="error"]'), 8000, 'the error');
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('an article open from the URL', async () => {
      location.hash = 'tin=tin-1';
      const el = await fixture<TinFeed>(html`<tin-feed .feed=${feed}></tin-feed>`);
      const view = await until(() => q(el, 'tin-article') as TinArticle | null, 8000, 'the article view');
      await until(() => view.shadowRoot?.querySelector('[part="body"]'), 8000, 'the body');
      await until(
        () => view.shadowRoot!.querySelector('tin-list')?.shadowRoot?.querySelector('[part="item"]'),
        4000,
        'Các tin khác',
      );
      await expect(el).to.be.accessible();
      await snapshot(el);
    });

    it('English, loaded grid with search and heading', async () => {
      const el = await fixture<TinFeed>(html`<tin-feed lang="en" searchable heading="News" .feed=${feed}></tin-feed>`);
      await cardsLoaded(el);
      await expect(el).to.be.accessible();
      await snapshot(el);
    });
  });
});
