/**
 * The base of every element that shows feed data: the inputs that say where the articles come
 * from, the state they are in (`this.source.state`), and `reload()`. Class-only: registers nothing.
 */
import type { PropertyDeclarations } from 'lit';
import type { Article, Feed } from '../feed/model.js';
import { FeedSource } from '../render/controllers/feed-source.js';
import { defaultHref, type HrefFor } from '../render/templates/article-parts.js';
import { TinElement } from './tin-element.js';

/**
 * @csspart retry-button - The "Thử lại" button of the error box (also a `button` part).
 * @slot - Plain links for search engines and visitors without JavaScript (a `<ul>` of `<a>`). Hidden
 *   while the element shows its articles; shown under the error box when the feed fails.
 * @csspart fallback - The slot of that fallback, shown when the feed fails.
 * @csspart stale-note - The note that a refresh failed while the older articles stay on screen.
 * @csspart missing-note - The note that some of the feeds `src` names could not be loaded (the others are shown).
 */
export abstract class SourceElement extends TinElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    articles: { attribute: false },
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    proxy: {},
    loading: {},
    hrefFor: { attribute: false },
    showSource: {
      attribute: 'show-source',
      converter: { fromAttribute: (value) => (value === null ? undefined : value !== 'false') },
    },
  };

  /**
   * URL of a JSON Feed, RSS or Atom feed, or several separated by spaces ("tin các sở, ngành"):
   * their articles are merged newest first, an article two feeds share (the same `url`, or the same
   * title the same day in Vietnam) shown once, from the feed listed first. Each feed is fetched,
   * cached and refreshed on its own, once per page however many elements name it; one that fails
   * is left out with a discreet note (`missing-note`), and only when all fail is it an error. A
   * part that is not an http(s) URL is ignored with a console warning. In a merged list each
   * article's id is its feed's id behind a short code of that feed's URL (`k3f9ab-123`), stable
   * across pages and orders of `src`, so deep links never confuse two feeds' article "123";
   * `item-id` also takes the feed's own id (the first feed in `src` that has it wins). "Xem thêm"
   * shows what the feeds' first pages hold: their `next_url` is not followed when merged.
   * Where the articles come from, in this order: `articles`, then `feed`, then `src`; the first
   * one set wins.
   */
  src?: string;

  /** A parsed feed to show instead of loading `src` (data set by code is checked before it is shown). */
  feed?: Feed;

  /** Articles to show instead of a feed. */
  articles?: readonly Article[];

  /**
   * Timeout in seconds of each attempt to load `src` (default 10; network failures, timeouts and
   * server errors are tried 3 times in all). Whatever the attempts, a visitor still waiting after
   * 10 seconds is told; content that then arrives replaces the message.
   */
  timeout?: number;

  /** Reload `src` every this many seconds (off when 0 or absent). */
  refreshInterval?: number;

  /**
   * Load `src` through a proxy on your own site, for a feed whose server sends no CORS header: a
   * URL template where `{url}` becomes the feed's absolute URL, encoded (`/proxy?url={url}`).
   * Set once for the whole page with `<meta name="tin-widgets:proxy" content="/proxy?url={url}">`;
   * an empty value here loads directly. Caching and the feed's relative links keep the feed's own
   * URL. A template without `{url}` or not http(s) is refused (console warning) and the feed is
   * loaded directly. See docs/feeds-from-other-sites.md.
   */
  proxy?: string;

  /**
   * `lazy` fetches `src` only when the element comes within a screen's height of the viewport
   * (for widgets far down a long page); its skeleton holds the place meanwhile. Unset or `eager`
   * (any other value), at once. Once it has come near, a new `src` loads at once.
   */
  loading?: 'eager' | 'lazy';

  /** Builds each article's link (default: the article's own `url`); every result passes the URL allow-list. */
  hrefFor: HrefFor = defaultHref;

  /**
   * Whether each article shows the feed it came from (its title, `part="source"`), like HTML's
   * `spellcheck`: unset, shown when `src` names several feeds; `show-source="false"` hides it;
   * `show-source` shows it always (for a single feed, that feed's title).
   */
  showSource?: boolean;

  /** Where the articles come from and what state they are in. */
  protected readonly source = new FeedSource(this);

  /** The name of `article`'s feed to show, if `show-source` wants one. */
  protected sourceOf(article: Article): string | undefined {
    if (this.showSource === false) return undefined;
    const { source } = article;
    if (source) return source.title || new URL(source.url).hostname;
    const { state } = this.source;
    return this.showSource && 'feed' in state ? state.feed.title || undefined : undefined;
  }

  protected override declaredLanguage(): string | undefined {
    const { state } = this.source;
    return 'feed' in state ? state.feed.language : undefined;
  }

  /** Loads `src` again now, whatever the cache holds. Does nothing for data set by code. */
  reload(): void {
    this.source.reload();
  }

  /** Also waits for the checker of data set by code, so a test or framework sees the final render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const { pending } = this.source;
    return pending ? pending.then(() => super.getUpdateComplete()) : done;
  }
}
