import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/locale.js';
import { type Article, FeedError } from '../../feed/model.js';
import { DATE_TIME_FORMAT } from '../../render/dates.js';
import { FeedController } from '../../render/feed-controller.js';
import { loadingLabel } from '../../render/messages.js';
import { MoreController } from '../../render/more-controller.js';
import type { SanitizerChoice } from '../../render/sanitize.js';
import { selectArticles } from '../../render/select-articles.js';
import { emptyState, errorState, moreButton, searchBox, staleState } from '../../render/states.js';
import { tokens } from '../../render/styles.js';
import type { CardLayout } from '../tin-card/tin-card.js';
import { TinElement } from '../tin-element.js';
import { feedStyles } from './tin-feed.styles.js';
import { loadArticleView } from './load-article-view.js';
import { paramLinks, readParam, withParam, type UrlMode } from './url-state.js';

const HISTORY_MARK = 'tin-widgets';


/**
 * A whole news section from one tag: a responsive grid of cards; opening one shows the full
 * article in place with a "Quay lại" control. The open article is kept in the URL.
 *
 * Plain links written inside the element are what crawlers and visitors without JavaScript see;
 * the element renders no slot, so they are not shown once it runs.
 *
 * @tag tin-feed
 * @summary A news section: card grid plus in-place article view with deep links.
 *
 * @csspart heading - The section heading (when `heading` is set).
 * @csspart grid - The `<ul>` of cards.
 * @csspart card - Each `<tin-card>` (its own parts are exported as `card-*`).
 * @csspart back-button - The "Quay lại" button.
 * @csspart article - The `<tin-article>` view.
 * @csspart more-button - The "Xem thêm" button.
 * @csspart search - The search field.
 * @csspart error - The error box.
 * @csspart empty - The "no news" message.
 * @csspart button - Buttons (retry, more, back).
 *
 * @cssproperty [--tin-card-min-width=15em] - Narrowest a card may get before the grid drops a column.
 * @cssproperty [--tin-gap=1em] - Space between cards.
 * @cssproperty [--tin-scroll-margin=1em] - Space kept above the element when it scrolls into view.
 * @cssproperty [--tin-accent=#b3261e] - Accent colour.
 * @cssproperty [--tin-font-family=inherit] - Font family.
 * @cssproperty [--tin-font-size=inherit] - Base font size.
 *
 * @fires {TinSelectEvent} tin-select - A card is about to open; cancel to route to your own article page.
 * @fires {TinLoadEvent} tin-load - The feed loaded.
 * @fires {TinErrorEvent} tin-error - The feed failed to load.
 */
export class TinFeed extends TinElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    src: {},
    layout: { reflect: true },
    limit: { type: Number },
    columns: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    tag: {},
    searchable: { type: Boolean },
    urlMode: { attribute: 'url-mode' },
    urlParam: { attribute: 'url-param' },
    dateFormat: { attribute: 'date-format' },
    otherCount: { attribute: 'other-count', type: Number },
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    sanitizer: {},
  };

  static override styles = [tokens, feedStyles];

  /** URL of a JSON Feed, RSS or Atom feed. */
  src?: string;

  /** Card layout: `vertical`, `horizontal` or `compact`. (unset = `vertical`; only the others are reflected for styling) */
  layout?: CardLayout;

  /** Cards per page; "Xem thêm" shows this many more. */
  limit = 12;

  /** Most columns on a wide screen; fewer on narrow ones. */
  columns = 3;

  /** Optional section heading above the grid. */
  heading?: string;

  /** ARIA heading level of the section heading (2–6); card titles sit one level below. */
  headingLevel = 2;

  /** Only articles with this tag / category. */
  tag?: string;

  /** Show a search box (matches with or without diacritics). */
  searchable = false;

  /** Where the open article is kept: `hash` (`#tin=id`) or `query` (`?tin=id`). */
  urlMode: UrlMode = 'hash';

  /** URL parameter name; default `tin`, then `tin-2`, `tin-3`… for further feeds on the page. */
  urlParam?: string;

  /**
   * Pattern for dates: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_TIME_FORMAT;

  /** How many articles "Các tin khác" lists under an open article; 0 hides it. */
  otherCount = 5;

  /** Request timeout in seconds. */
  timeout?: number;

  /** Reload the feed every this many seconds (off when 0 or absent). */
  refreshInterval?: number;

  /** Sanitiser of the open article's body: `auto`, `native` or `dompurify` (see `<tin-article>`). */
  sanitizer: SanitizerChoice = 'auto';

  /** Id of the open article (mirrors the URL). */
  private openId?: string;
  private query = '';
  private readonly onSearch = (query: string): void => {
    this.query = query;
    this.pager.reset();
    this.requestUpdate();
  };

  /**
   * How the article view is loaded; tests replace it to simulate a failed chunk download.
   * @internal
   */
  static loadArticleView: () => Promise<boolean> = loadArticleView;

  /** The article view's chunk failed to download: the open article shows an error with a retry. */
  private articleViewFailed = false;

  /**
   * Loads the article view; with `moveFocus`, then puts focus on the article's title, or on
   * "Thử lại" when the download failed (the card link that had focus is gone either way).
   */
  private async ensureArticleView(moveFocus = false): Promise<void> {
    const ok = await TinFeed.loadArticleView();
    if (ok === this.articleViewFailed) {
      this.articleViewFailed = !ok;
      this.requestUpdate();
    }
    if (!moveFocus) return;
    await this.updateComplete;
    if (ok) await this.articleView?.focusTitle();
    else this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  private get articleView(): (HTMLElement & { focusTitle(): Promise<void> }) | null {
    return this.renderRoot.querySelector('tin-article');
  }

  private readonly loader = new FeedController(this);
  private readonly pager = new MoreController(this);
  private readonly onUrlChange = () => this.syncFromUrl(true);
  private returnFocusTo?: string;

  private autoKey = 'tin';

  private get paramKey(): string {
    return this.urlParam?.trim() || this.autoKey;
  }

  private links = new Map<string, string>();
  private linksFor = '';
  private linkTo: (id: string) => string = (id) => id;

  /** The deep link that opens `article` in this feed (remembered until the URL changes: a grid asks once per card). */
  readonly hrefFor = (article: Article): string => {
    const context = `${location.href}|${this.paramKey}|${this.urlMode}`;
    if (context !== this.linksFor) {
      this.linksFor = context;
      this.links.clear();
      this.linkTo = paramLinks(this.paramKey, this.urlMode);
    }
    let link = this.links.get(article.id);
    if (!link) this.links.set(article.id, (link = this.linkTo(article.id)));
    return link;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Feeds without an explicit name take tin, tin-2, … in document order: stable across reloads.
    const unnamed = [...document.querySelectorAll('tin-feed:not([url-param])')];
    const index = unnamed.indexOf(this);
    this.autoKey = index > 0 ? `tin-${index + 1}` : 'tin';
    window.addEventListener('popstate', this.onUrlChange);
    window.addEventListener('hashchange', this.onUrlChange);
    this.syncFromUrl(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onUrlChange);
    window.removeEventListener('hashchange', this.onUrlChange);
  }

  protected override firstUpdated(): void {
    // Links inside cards and lists are deep links; follow them in place instead of reloading.
    this.renderRoot.addEventListener('click', (event) => this.interceptLink(event as MouseEvent));
    for (const intent of ['pointerover', 'focusin']) this.renderRoot.addEventListener(intent, () => void TinFeed.loadArticleView(), { once: true });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('columns')) this.style.setProperty('--_columns', String(Math.max(1, Math.floor(this.columns) || 3)));
  }

  private interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.href) return;
    const id = readParam(this.paramKey, this.urlMode, anchor.href);
    const target = new URL(anchor.href);
    const here = new URL(location.href);
    if (!id || target.origin !== here.origin || target.pathname !== here.pathname) return;
    event.preventDefault();
    this.open(id);
  }

  /** Opens the article with `id` in place, as if its card had been clicked. */
  open(id: string): void {
    if (id === this.openId) return;
    this.returnFocusTo = this.openId ?? id;
    history.pushState({ [HISTORY_MARK]: this.paramKey }, '', withParam(this.paramKey, id, this.urlMode));
    this.syncFromUrl(true);
  }

  /** Returns to the grid. */
  close(): void {
    if (!this.openId) return;
    const state = history.state as Record<string, unknown> | null;
    if (state?.[HISTORY_MARK] === this.paramKey) {
      // We added the entry: going back keeps history tidy and the back button consistent.
      history.back();
    } else {
      history.pushState(null, '', withParam(this.paramKey, undefined, this.urlMode));
      this.syncFromUrl(true);
    }
  }

  private syncFromUrl(userAction: boolean): void {
    const id = readParam(this.paramKey, this.urlMode);
    if (id === this.openId) return;
    const closing = !id && this.openId;
    if (closing) this.returnFocusTo = this.openId;
    this.openId = id;
    this.requestUpdate();
    if (!userAction) {
      if (id) void this.ensureArticleView();
      return;
    }
    void this.updateComplete.then(async () => {
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      if (id) {
        await this.ensureArticleView(true);
      } else if (this.returnFocusTo) {
        const card = this.renderRoot.querySelector<HTMLElement>(`tin-card[data-id="${CSS.escape(this.returnFocusTo)}"]`);
        if (card) {
          await (card as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
          card.focus({ preventScroll: true });
        }
      }
    });
  }

  protected override render(): TemplateResult {
    const state = this.loader.state;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const heading = this.heading
      ? html`<div part="heading" class="heading" role="heading" aria-level=${level}>${this.heading}</div>`
      : nothing;
    if (state.status === 'error') return html`${heading}${errorState(state.error, () => this.loader.retry())}`;
    const limit = Math.max(1, Math.floor(this.limit) || 12);
    const loaded = state.status === 'loaded';
    const items = loaded ? this.pager.items(state.feed) : [];
    if (loaded && this.openId) {
      const article = items.find((item) => item.id === this.openId);
      return html`${staleState(state.refreshError)}
        <button part="button back-button" class="button back" type="button" @click=${() => this.close()}>
          <span aria-hidden="true">←</span> ${msg('Quay lại', { id: 'back' })}
        </button>
        ${this.articleViewFailed
          ? errorState(new FeedError('network', 'The article view could not be loaded'), () => void this.ensureArticleView(true))
          : html`<tin-article part="article" .article=${article} .feed=${state.feed} .hrefFor=${this.hrefFor} .itemId=${this.openId}
              .otherCount=${this.otherCount} .dateFormat=${this.dateFormat} .timeZone=${this.timeZone}
              .colorScheme=${this.colorScheme} .sanitizer=${this.sanitizer}></tin-article>`}`;
    }
    const chosen = loaded ? selectArticles(items, { tag: this.tag, search: this.query }) : [];
    const visible = chosen.slice(0, limit + this.pager.extra);
    // One template for loading and loaded: the placeholder cards (undefined entries) are the very
    // elements that then show the first articles, instead of every card being created twice.
    const cards: readonly (Article | undefined)[] = loaded ? visible : Array(Math.min(limit, 12)).fill(undefined);
    return html`${heading}${loaded ? staleState(state.refreshError) : nothing}${loaded && this.searchable ? searchBox(this.query, chosen.length, this.onSearch) : nothing}${cards.length
        ? this.renderGrid(cards, level)
        : emptyState()}${loaded && this.pager.hasMore(visible.length, chosen.length)
        ? moreButton(this.pager, () => this.pager.more(limit, visible.length, chosen.length))
        : nothing}${loaded ? nothing : html`<span class="visually-hidden" role="status">${loadingLabel()}</span>`}`;
  }

  /** The card grid; an `undefined` entry is a loading placeholder card. */
  private renderGrid(articles: readonly (Article | undefined)[], level: number): TemplateResult {
    const busy = !articles[0];
    return html`<ul part="grid" class="grid" aria-busy=${busy ? 'true' : 'false'}>
      ${articles.map(
        (article) => html`<li>
          <tin-card part="card" exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary"
            data-id=${ifDefined(article?.id)} aria-hidden=${ifDefined(busy ? 'true' : undefined)} .article=${article} .hrefFor=${this.hrefFor} .layout=${this.layout}
            .headingLevel=${Math.min(6, level + 1)} .dateFormat=${this.dateFormat} .timeZone=${this.timeZone}
            .dateStyle=${this.dateStyle} .colorScheme=${this.colorScheme}></tin-card>
        </li>`,
      )}
    </ul>`;
  }
}
