// axe-core over every element in every state, in Vietnamese and English, light and dark.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED, feedUrl } from '../fixtures/feeds.js';
import { freshCaches, until } from '../helpers.js';

const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});
const IMAGE = new URL('/test/fixtures/anh.svg', location.href).href;
const article = {
  ...feed.items[0]!,
  image: IMAGE,
  bannerImage: undefined,
  contentHtml: feed.items[0]!.contentHtml!.replace('anh/hoi-nghi.jpg', IMAGE),
};

type State = 'loading' | 'loaded' | 'empty' | 'error' | 'open';
const SLOW = '/__fault/slow?ms=4000';

/** Markup of `tag` in `state`, and what to wait for before checking. */
function scenario(
  tag: string,
  state: State,
  scheme: string,
): { template: TemplateResult; ready: (el: Element) => unknown } | undefined {
  const root = (el: Element) => el.shadowRoot!;
  const ok = feedUrl(FULL_FEED);
  const empty = feedUrl({ items: [] });
  const broken = '/__fault/500?a11y';
  const src =
    state === 'loading' ? `${SLOW}&${Math.random()}` : state === 'empty' ? empty : state === 'error' ? broken : ok;
  const errorReady = (el: Element) => root(el).querySelector('[part="error"]');
  switch (tag) {
    case 'tin-card':
      if (state === 'empty' || state === 'open') return undefined;
      return {
        template:
          state === 'loaded'
            ? html`<tin-card color-scheme=${scheme} .article=${article}></tin-card>`
            : html`<tin-card color-scheme=${scheme} src=${src} item-id="tin-1" timeout="1"></tin-card>`,
        ready:
          state === 'loading'
            ? (el) => root(el).querySelector('.skeleton')
            : state === 'error'
              ? errorReady
              : (el) => root(el).querySelector('[part="link"]'),
      };
    case 'tin-list':
      if (state === 'open') return undefined;
      return {
        template: html`<tin-list color-scheme=${scheme} src=${src} searchable load-more limit="1" timeout="1"></tin-list>`,
        ready:
          state === 'loading'
            ? (el) => root(el).querySelector('.skeleton')
            : state === 'empty'
              ? (el) => root(el).querySelector('[part="empty"]')
              : state === 'error'
                ? errorReady
                : (el) => root(el).querySelector('[part="item"]'),
      };
    case 'tin-article':
      if (state === 'empty' || state === 'open') return undefined;
      return {
        template:
          state === 'loaded'
            ? html`<tin-article color-scheme=${scheme} .article=${article} .feed=${feed}></tin-article>`
            : html`<tin-article color-scheme=${scheme} src=${src} item-id="tin-1" timeout="1"></tin-article>`,
        ready:
          state === 'loading'
            ? (el) => root(el).querySelector('[aria-busy="true"]')
            : state === 'error'
              ? errorReady
              : (el) => root(el).querySelector('[part="body"] p'),
      };
    case 'tin-feed':
      return {
        template: html`<tin-feed color-scheme=${scheme} src=${src} searchable limit="2" timeout="1"></tin-feed>`,
        ready:
          state === 'loading'
            ? (el) => root(el).querySelector('[aria-busy="true"]')
            : state === 'empty'
              ? (el) => root(el).querySelector('[part="empty"]')
              : state === 'error'
                ? errorReady
                : state === 'open'
                  ? (el) => root(el).querySelector('tin-article')?.shadowRoot?.querySelector('[part="body"] p')
                  : (el) => root(el).querySelector('tin-card')?.shadowRoot?.querySelector('[part="link"]'),
      };
  }
  return undefined;
}

describe('accessibility in every state (axe-core)', function () {
  this.timeout(20000);
  const start = location.href;
  beforeEach(freshCaches);
  afterEach(() => {
    history.replaceState(null, '', start);
    document.head.querySelectorAll('script[data-tin-widgets]').forEach((s) => s.remove());
  });

  for (const tag of ['tin-card', 'tin-list', 'tin-article', 'tin-feed']) {
    for (const state of ['loading', 'loaded', 'empty', 'error', 'open'] as State[]) {
      for (const lang of ['vi', 'en']) {
        for (const scheme of ['light', 'dark']) {
          const setup = scenario(tag, state, scheme);
          if (!setup) continue;
          it(`${tag} ${state} ${lang} ${scheme}`, async () => {
            if (state === 'open') history.replaceState(null, '', '#tin=tin-1');
            // A dark widget sits on a dark page, as it would on a portal that chose it.
            const wrapper = fixtureSync<HTMLDivElement>(
              html`<div lang=${lang} class="page" style=${scheme === 'dark' ? 'background:#121417;color:#e8eaed;padding:8px' : 'padding:8px'}>${setup.template}</div>`,
            );
            const el = wrapper.firstElementChild!;
            await until(() => setup.ready(el), 6000, `${tag} ${state}`);
            await expect(wrapper).to.be.accessible();
          });
        }
      }
    }
  }
});
