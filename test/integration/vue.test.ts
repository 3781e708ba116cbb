// Vue 3 (the browser ES build, template compiled at runtime) with the published npm build (dist/):
// `:articles` is set as a DOM property, `@tin-select` / `@tin-load` receive the events, and the
// `.prevent` modifier cancels navigation.
import { expect } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue/dist/vue.esm-browser.prod.js';
import '../../dist/define.js';
import { parseJsonFeed, type Article, type TinList, type TinLoadEvent, type TinSelectEvent } from '../../dist/index.js';
import { FULL_FEED, feedUrl } from '../fixtures/feeds.js';
import { clickLink, itemTexts, resetHash } from '../helpers.js';
import { hashesVisitedByQueuedNavigations } from './navigation.js';

async function until<T>(check: () => T, what: string, timeout = 4000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const TEMPLATE = `
  <tin-list id="vue-list" :articles="articles" :hrefFor="hrefFor" @tin-select="onSelect"></tin-list>
  <tin-list id="vue-prevent" :articles="articles" :hrefFor="hrefFor" @tin-select.prevent="onSelect"></tin-list>
  <tin-feed id="vue-feed" :src="feedSrc" :limit="2" @tin-load="onLoad"></tin-feed>
`;

describe('Vue 3 with the npm build', () => {
  const all = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {}).items;
  let container: HTMLDivElement;
  let app: App;
  let articles: { value: readonly Article[] };
  let feedSrc: string;
  let selects: { list: string; id: string; prevented: boolean }[];
  let loads: { element: string; url: string; title: string | undefined; items: number }[];
  const list = (id = 'vue-list') => container.querySelector<TinList>(`#${id}`)!;

  beforeEach(() => {
    resetHash();
    selects = [];
    loads = [];
    feedSrc = feedUrl(FULL_FEED);
    articles = ref<readonly Article[]>(all);
    container = document.createElement('div');
    document.body.append(container);
    app = createApp({
      template: TEMPLATE,
      setup: () => ({
        articles,
        feedSrc,
        hrefFor: (article: Article) => `#vue-${article.id}`,
        onSelect: (event: TinSelectEvent) =>
          selects.push({
            list: (event.currentTarget as Element).id,
            id: event.detail.article.id,
            prevented: event.defaultPrevented,
          }),
        onLoad: (event: TinLoadEvent) =>
          loads.push({
            element: (event.currentTarget as Element).localName,
            url: event.detail.url,
            title: event.detail.feed.title,
            items: event.detail.feed.items.length,
          }),
      }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('tin-');
    app.mount(container);
  });

  afterEach(() => {
    app.unmount();
    container.remove();
    resetHash();
  });

  it('sets `:articles` as a property (no attribute) and renders its items', async () => {
    await list().updateComplete;
    expect(list().hasAttribute('articles')).to.equal(false);
    expect(list().articles).to.have.length(3);
    expect(itemTexts(list())).to.deep.equal([
      'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước (12/07/2019)',
      'Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm (09/07/2019)',
      'Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa (05/07/2019)',
    ]);
    // `:hrefFor` (camelCase: the element's property name) arrived as a function.
    expect(list().shadowRoot!.querySelector('[part="link"]')!.getAttribute('href')).to.equal('#vue-2');
  });

  it('re-renders when the reactive array is replaced', async () => {
    articles.value = all.slice(2);
    await nextTick();
    await list().updateComplete;
    expect(itemTexts(list())).to.deep.equal(['Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa (05/07/2019)']);
  });

  it('@tin-load receives the feed and its URL', async () => {
    await until(() => loads.length, 'tin-load in the Vue handler');
    expect(loads).to.deep.equal([{ element: 'tin-feed', url: feedSrc, title: FULL_FEED.title, items: 3 }]);
    const feed = list('vue-feed');
    await until(() => feed.shadowRoot!.querySelectorAll('tin-card').length === 2, 'two cards in <tin-feed>');
  });

  it('@tin-select receives the article; the link is followed', async () => {
    await list().updateComplete;
    expect(clickLink(list(), 1)).to.equal(false);
    expect(selects).to.deep.equal([{ list: 'vue-list', id: 'tin-1', prevented: false }]);
    // Firefox follows the link in a later task, Chromium and WebKit during click().
    await until(() => location.hash === '#vue-tin-1', 'the link followed to #vue-tin-1');
    expect(location.hash).to.equal('#vue-tin-1');
  });

  it('@tin-select.prevent cancels it: no navigation', async () => {
    await list('vue-prevent').updateComplete;
    const before = location.href;
    expect(clickLink(list('vue-prevent'), 0)).to.equal(true);
    expect(selects).to.deep.equal([{ list: 'vue-prevent', id: '2', prevented: true }]);
    expect(location.href).to.equal(before);
    // Nor later (Firefox follows a link in a later task).
    expect(await hashesVisitedByQueuedNavigations()).to.deep.equal([]);
  });
});
