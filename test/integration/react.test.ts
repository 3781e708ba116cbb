// React 19 with the published npm build (dist/): properties, events and cancelling navigation.
// The app (react-app.tsx) is bundled by scripts/bundle-framework-tests.mjs into .cache/react-app.js:
// React ships as CommonJS, which the dev server cannot serve as ES modules.
import { expect } from '@open-wc/testing';
import { FULL_FEED, feedUrl } from '../fixtures/feeds.js';
import { clickLink, itemTexts, resetHash } from '../helpers.js';
import { hashesVisitedByQueuedNavigations } from './navigation.js';

// Mirrors the exports of react-app.tsx (the bundle has no type declarations).
interface Article {
  id: string;
  title: string;
}
interface AppLog {
  selects: { id: string; cancelable: boolean; prevented: boolean }[];
  loads: { element: string; url: string; title: string | undefined; items: number }[];
  camelCaseCalls: number;
}
interface AppProps {
  articles: readonly Article[];
  feedSrc: string;
  cancelSelect: boolean;
  log: AppLog;
}
interface ReactApp {
  mount(container: HTMLElement, props: AppProps): { render(props: AppProps): void; unmount(): void };
  articlesFrom(json: unknown): readonly Article[];
  newLog(): AppLog;
}

const BUNDLE = '/.cache/react-app.js';

async function until<T>(check: () => T, what: string, timeout = 4000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type ListElement = HTMLElement & { articles?: readonly Article[]; updateComplete: Promise<boolean> };

describe('React 19 with the npm build', () => {
  let app: ReactApp;
  let container: HTMLDivElement;
  let mounted: ReturnType<ReactApp['mount']>;
  let props: AppProps;
  let list: ListElement;

  before(async () => {
    try {
      app = (await import(/* @vite-ignore */ BUNDLE as string)) as ReactApp;
    } catch (error) {
      throw new Error(
        `${BUNDLE} is missing: run \`npm run build && node scripts/bundle-framework-tests.mjs\` first (${String(error)})`,
        {
          cause: error,
        },
      );
    }
  });

  beforeEach(() => {
    resetHash();
    container = document.createElement('div');
    document.body.append(container);
    props = {
      articles: app.articlesFrom(FULL_FEED),
      feedSrc: feedUrl(FULL_FEED),
      cancelSelect: true,
      log: app.newLog(),
    };
    mounted = app.mount(container, props);
    list = container.querySelector<ListElement>('#react-list')!;
  });

  afterEach(() => {
    mounted.unmount();
    container.remove();
    resetHash();
  });

  it('sets `articles` as a property (no attribute) and renders its items', async () => {
    expect(list.articles).to.equal(props.articles);
    expect(list.hasAttribute('articles')).to.equal(false);
    await list.updateComplete;
    expect(itemTexts(list)).to.deep.equal([
      'Đẩy mạnh chuyển đổi số trong cơ quan nhà nước (12/07/2019)',
      'Hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm (09/07/2019)',
      'Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa (05/07/2019)',
    ]);
    // hrefFor arrived as a function property too.
    expect(list.shadowRoot!.querySelector('[part="link"]')!.getAttribute('href')).to.equal('#react-2');
  });

  it('re-renders when React passes a new array', async () => {
    mounted.render({ ...props, articles: props.articles.slice(2) });
    await list.updateComplete;
    expect(itemTexts(list)).to.deep.equal(['Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa (05/07/2019)']);
  });

  it('an `ontin-load` prop receives tin-load with the feed and its URL', async () => {
    await until(() => props.log.loads.length, 'tin-load in the React handler');
    expect(props.log.loads).to.deep.equal([
      { element: 'tin-feed', url: props.feedSrc, title: FULL_FEED.title, items: 3 },
    ]);
    const feed = container.querySelector('#react-feed')!;
    await until(() => feed.shadowRoot!.querySelectorAll('tin-card').length === 2, 'two cards in <tin-feed>');
  });

  it('an `ontin-select` prop receives tin-select with the article; cancelling it prevents navigation', async () => {
    await list.updateComplete;
    const before = location.href;
    expect(clickLink(list, 1)).to.equal(true);
    expect(props.log.selects).to.deep.equal([{ id: 'tin-1', cancelable: true, prevented: true }]);
    expect(location.href).to.equal(before);
    // Nor later (Firefox follows a link in a later task).
    expect(await hashesVisitedByQueuedNavigations()).to.deep.equal([]);
  });

  it('without cancelling, the link is followed', async () => {
    mounted.render({ ...props, cancelSelect: false });
    await list.updateComplete;
    expect(clickLink(list, 0)).to.equal(false);
    expect(props.log.selects).to.deep.equal([{ id: '2', cancelable: true, prevented: false }]);
    // Firefox follows the link in a later task, Chromium and WebKit during click().
    await until(() => location.hash === '#react-2', 'the link followed to #react-2');
    expect(location.hash).to.equal('#react-2');
  });

  it('a camelCase `onTinSelect` prop is not called (React 19 listens for "TinSelect")', async () => {
    const camel = container.querySelector<ListElement>('#react-camel')!;
    await camel.updateComplete;
    clickLink(camel, 0);
    expect(props.log.camelCaseCalls).to.equal(0);
    await until(() => location.hash === '#react-camel-2', 'the link followed to #react-camel-2');
    expect(location.hash).to.equal('#react-camel-2');
  });
});
