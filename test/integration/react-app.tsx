/**
 * A React 19 app using the published npm build (dist/), the way a portal's React front end would.
 * Bundled by scripts/bundle-framework-tests.mjs into .cache/react-app.js for react.test.ts.
 *
 * React 19 and custom elements:
 * - a prop whose name is a property of the (already defined) element is set as that property,
 *   so `articles={array}` and `hrefFor={fn}` arrive as objects, not strings;
 * - a prop `on<event-name>` with a function value becomes `addEventListener('<event-name>')`,
 *   the name taken verbatim after "on": `ontin-select`, `ontin-load`, `ontin-error`
 *   (`ontin-selectCapture` for the capture phase). `onTinSelect` would listen for "TinSelect".
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Article, TinLoadEvent, TinSelectEvent } from '../../dist/index.js';
import { parseJsonFeed } from '../../dist/index.js';
import '../../dist/define.js';
// The JSX typings the package ships (generated from custom-elements.json), as an app gets them
// from `tin-widgets/react`: no hand-written IntrinsicElements here.
import type {} from '../../dist/integrations/react.js';

export interface AppLog {
  selects: { id: string; cancelable: boolean; prevented: boolean }[];
  loads: { element: string; url: string; title: string | undefined; items: number }[];
  camelCaseCalls: number;
}

export interface AppProps {
  articles: readonly Article[];
  feedSrc: string;
  /** Cancel tin-select in the React handler (route in the app instead of following the link). */
  cancelSelect: boolean;
  log: AppLog;
}

function App({ articles, feedSrc, cancelSelect, log }: AppProps) {
  const onSelect = (event: TinSelectEvent) => {
    if (cancelSelect) event.preventDefault();
    log.selects.push({ id: event.detail.article.id, cancelable: event.cancelable, prevented: event.defaultPrevented });
  };
  const onLoad = (event: TinLoadEvent) => {
    log.loads.push({
      element: (event.currentTarget as Element).localName,
      url: event.detail.url,
      title: event.detail.feed.title,
      items: event.detail.feed.items.length,
    });
  };
  return (
    <main>
      <tin-list
        id="react-list"
        articles={articles}
        limit={10}
        hrefFor={(article) => `#react-${article.id}`}
        ontin-select={onSelect}
      />
      <tin-list
        id="react-camel"
        articles={articles}
        hrefFor={(article) => `#react-camel-${article.id}`}
        // @ts-expect-error: the typings reject it too (React would listen for "TinSelect"), which this shows.
        onTinSelect={() => void log.camelCaseCalls++}
      />
      <tin-feed id="react-feed" src={feedSrc} limit={2} ontin-load={onLoad} />
    </main>
  );
}

export interface MountedApp {
  render(props: AppProps): void;
  unmount(): void;
}

/** Renders synchronously (flushSync), so the elements exist with their props when this returns. */
export function mount(container: HTMLElement, props: AppProps): MountedApp {
  const root = createRoot(container);
  const render = (next: AppProps) => flushSync(() => root.render(<App {...next} />));
  render(props);
  return { render, unmount: () => root.unmount() };
}

/** The npm build's own parser, so the articles are exactly what the package hands out. */
export function articlesFrom(json: unknown): readonly Article[] {
  return parseJsonFeed(json, 'https://tinh.example.gov.vn/feed.json', () => {}).items;
}

export const newLog = (): AppLog => ({ selects: [], loads: [], camelCaseCalls: 0 });
