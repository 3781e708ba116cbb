import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/locale.js';
import { type Article, type Feed, FeedError, findArticle } from '../../feed/model.js';
import { clampInt, headingLevel } from '../../internal/clamp.js';
import { whenLoaded } from '../../internal/lazy-module.js';
import { levelBelowPage } from '../../internal/page-heading.js';
import { MoreController } from '../../render/controllers/more.js';
import { PagingChoice } from '../../render/controllers/paging.js';
import { SearchQuery, loadSearch } from '../../render/controllers/search.js';
import { UrlParam, readParam, type UrlMode } from '../../render/controllers/url-state.js';
import { DATE_TIME_FORMAT } from '../../render/format/dates.js';
import { loadingLabel } from '../../render/messages.js';
import type { SanitizerChoice } from '../../render/sanitize.js';
import { EAGER_IMAGE, FIRST_IMAGE, LAZY_IMAGE } from '../../render/image-loading.js';
import { selectArticles } from '../../render/select-articles.js';
import type { HrefFor } from '../../render/templates/article-parts.js';
import {
  type Notes,
  errorState,
  failedState,
  moreButton,
  moreStatus,
  staleState,
} from '../../render/templates/states.js';
import { tokens } from '../../render/styles.js';
import type { CardLayout } from '../tin-card/tin-card.js';
import { SourceElement } from '../source-element.js';
import { feedStyles } from './tin-feed.styles.js';
import { loadArticleView } from './load-article-view.js';

/**
 * A whole news section from one tag: a responsive grid of cards; opening one shows the full
 * article in place with a "Quay lại" control. The open article is kept in the URL. On a phone
 * (a screen below 480 px) the default layout is the portals' own: the first story large, the
 * others as rows with the image beside the title.
 *
 * Plain links written inside the element are what crawlers and visitors without JavaScript see;
 * they are hidden while it shows the feed and stay in view, under the error, if the feed fails.
 *
 * @tag tin-feed
 * @summary A news section: card grid plus in-place article view with deep links.
 *
 * @csspart heading - The section heading (when `heading` is set).
 * @csspart grid - The `<ul>` of cards.
 * @csspart card - Each `<tin-card>` (its own parts are exported as `card-*`; `card-source` is the feed it came from, see `show-source`).
 * @csspart back-button - The "Quay lại" button.
 * @csspart article - The `<tin-article>` view.
 * @csspart more-button - The "Xem thêm" button.
 * @csspart pagination - The `<nav>` of numbered pages (`paging="pages"`).
 * @csspart page-link - Each page link; also `previous-page`, `next-page`, `current-page` (the one with `aria-current="page"`).
 * @csspart page-gap - The "…" standing for pages not linked.
 * @csspart search - The search field.
 * @csspart error - The error box.
 * @csspart empty - The "no news" message.
 * @csspart button - Buttons (retry, more, back).
 *
 * @cssproperty [--tin-card-min-width=15em] - Narrowest a card may get before the grid drops a column.
 * @cssproperty [--tin-title-lines] - Clamps card titles to this many lines; unset, the whole title (up to its first 1,000 characters; the article shows it all).
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
export class TinFeed extends SourceElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    limit: { type: Number },
    offset: { type: Number },
    columns: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    tag: {},
    searchable: { type: Boolean },
    paging: {},
    urlMode: { attribute: 'url-mode' },
    urlParam: { attribute: 'url-param' },
    dateFormat: { attribute: 'date-format' },
    otherCount: { attribute: 'other-count', type: Number },
    relatedCount: { attribute: 'related-count', type: Number },
    sanitizer: {},
    embedHosts: { attribute: 'embed-hosts' },
    linkTarget: { attribute: 'link-target' },
    fallbackImage: { attribute: 'fallback-image' },
  };

  static override styles = [tokens, feedStyles];

  /** Card layout: `vertical`, `horizontal` or `compact`. (unset = `vertical`; only the others are reflected for styling) */
  layout?: CardLayout;

  /** Cards per page; "Xem thêm" shows this many more; with `paging="pages"`, the cards of a page. */
  limit = 12;

  /**
   * Skip this many of the newest articles (after `tag` and the search), for a section under a
   * featured `<tin-card>` of the same feed. "Xem thêm" and `next_url` pages continue after them;
   * an open article (`#tin=…`) is found whatever the offset. Fractions round down; a negative or
   * non-numeric value skips none.
   */
  offset?: number;

  /** Most columns on a wide screen; fewer on narrow ones. */
  columns = 3;

  /** Optional section heading above the grid. */
  heading?: string;

  /**
   * ARIA heading level of the section heading (2–6); card titles sit one level below. Unset, the
   * level below the page's last heading before the element; card titles then take that level
   * themselves when no `heading` is drawn.
   */
  headingLevel?: number;

  /** Only articles with this tag / category. */
  tag?: string;

  /** Show a search box (matches with or without diacritics). */
  searchable = false;

  /**
   * `pages`: numbered pages ("Trang 1 2 3 … 9") instead of "Xem thêm", `limit` cards a page, the
   * page kept in the URL beside the open article (`trang=<n>`). Any other value (or none) keeps
   * "Xem thêm".
   */
  paging?: string;

  /**
   * Where the open article and the page are kept: `hash` (`#tin=id`, `#trang=3`) or `query`
   * (`?tin=id`, `?trang=3`: links crawlers follow).
   */
  urlMode: UrlMode = 'hash';

  /**
   * URL parameter name of the open article; default `tin`, then `tin-2`, `tin-3`… for further feeds
   * on the page. The page of `paging="pages"` is `<url-param>-trang`; unset, paged lists and grids
   * take `trang`, `trang-2`… in document order.
   */
  urlParam?: string;

  /**
   * Pattern for dates: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_TIME_FORMAT;

  /** How many articles "Các tin khác" lists under an open article; 0 hides it. */
  otherCount = 5;

  /** How many articles "Tin liên quan" lists at most under an open article; 0 hides it (see `<tin-article>`). */
  relatedCount = 3;

  /** Sanitiser of the open article's body: `auto`, `native` or `dompurify` (see `<tin-article>`). */
  sanitizer: SanitizerChoice = 'auto';

  /** More hosts whose iframes play in the open article's body (see `<tin-article>`'s `embed-hosts`). */
  embedHosts?: string;

  /**
   * `_blank` opens card links in a new tab (with `rel="noopener noreferrer"`) when `hrefFor` routes
   * them to pages of your own; the default in-place article view always opens here, in this tab.
   * Unset (or any other value), the same tab.
   */
  linkTarget?: string;

  /** Image the cards show when an article has none or its images fail (see `<tin-card>`). */
  fallbackImage?: string;

  /**
   * How the article view is loaded; tests replace it to simulate a failed chunk download.
   * @internal
   */
  static loadArticleView: () => Promise<boolean> = loadArticleView;

  /** The level below the page's heading this section sits under (read on connect, when `heading-level` is unset). */
  private belowPage = 2;

  private readonly pager = new MoreController(
    this,
    (index) => this.renderRoot.querySelectorAll<HTMLElement>('.grid > li > tin-card')[index],
  );
  private readonly search = new SearchQuery(this, this.pager, () => this.numbered.pages?.first());
  private readonly numbered = new PagingChoice(this, this.pager);
  /** The open article's id, in the URL: `tin`, `tin-2`… in document order, or `url-param`. */
  private readonly url = new UrlParam(
    this,
    'tin',
    `${this.localName}:not([url-param])`,
    (param) => param,
    (id, previous, userAction) => this.navigated(id, previous, userAction),
  );

  /** Card links open the article here (`#tin=<id>`); set your own to route to article pages instead. */
  override hrefFor: HrefFor = (article) => this.url.link(article.id);

  /** The in-place deep link, which `link-target` leaves alone: opening it in a tab would lose the page. */
  private readonly inPlace = this.hrefFor;

  /** The article view's chunk failed to download: the open article shows an error with a retry. */
  private articleViewFailed = false;

  /** Opens the article with `id` in place, as if its card had been clicked. */
  open(id: string): void {
    this.url.go(id);
  }

  /** Returns to the grid. */
  close(): void {
    this.url.clear();
  }

  protected override chunksNeeded(): Promise<unknown> | undefined {
    return whenLoaded(super.chunksNeeded(), this.searchable ? loadSearch() : undefined, this.numbered.load());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.headingLevel === undefined) this.belowPage = levelBelowPage(this);
  }

  protected override firstUpdated(): void {
    // Links inside cards and lists are deep links; follow them in place instead of reloading.
    this.renderRoot.addEventListener('click', (event) => {
      const anchor = this.url.follows(event);
      const id = anchor && readParam(this.url.key, this.url.mode, anchor.href);
      if (id) {
        event.preventDefault();
        this.url.go(id);
      }
    });
    for (const intent of ['pointerover', 'focusin'])
      this.renderRoot.addEventListener(intent, () => void TinFeed.loadArticleView(), { once: true });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('columns')) this.style.setProperty('--_columns', String(clampInt(this.columns, 1, 12, 3)));
  }

  /** The open article changed (a click, Back/Forward, a deep link on load): load the view, move focus. */
  private navigated(id: string | undefined, previous: string | undefined, userAction: boolean): void {
    if (!userAction) {
      if (id) void this.ensureArticleView();
      return;
    }
    void this.updateComplete.then(async () => {
      if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
      if (id) {
        await this.ensureArticleView(true);
      } else if (previous) {
        // Back on the grid: focus returns to the card of the article the reader left.
        const card = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(
          `tin-card[data-id="${CSS.escape(previous)}"]`,
        );
        if (card) {
          await card.updateComplete;
          card.focus({ preventScroll: true });
        }
      }
    });
  }

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
    if (ok)
      await this.renderRoot.querySelector<HTMLElement & { focusTitle(): Promise<void> }>('tin-article')?.focusTitle();
    else this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    const level = headingLevel(this.headingLevel, this.belowPage);
    const heading = this.heading
      ? html`<div part="heading" class="heading" role="heading" aria-level=${level}>${this.heading}</div>`
      : nothing;
    if (state.status === 'error') return html`${heading}${failedState(state.error, () => this.source.reload())}`;
    // A deep link waits in the article view's place (its own skeleton), not in a grid it replaces.
    if (state.status === 'loading')
      return this.url.value
        ? this.renderOpenArticle(undefined, {}, undefined)
        : this.renderView(heading, {}, undefined, this.renderGrid(undefined, level));
    const items = this.pager.items(state.feed);
    if (this.url.value) {
      const open = findArticle(items, this.url.value);
      // Not in a copy whose revalidation is still out: the article view waits (no feed, its skeleton).
      return this.renderOpenArticle(open || !state.revalidating ? state.feed : undefined, state, open);
    }
    const limit = clampInt(this.limit, 1, Infinity, 12);
    const chosen = selectArticles(items, { tag: this.tag, offset: this.offset }, this.search.matches());
    const pages = this.numbered.pages;
    const visible = pages ? pages.slice(chosen, limit) : this.pager.visible(chosen, limit);
    return this.renderView(
      heading,
      state,
      chosen.length,
      visible.length ? this.renderGrid(visible, level, state.feed) : this.search.empty(),
      pages
        ? pages.nav(chosen.length, limit)
        : this.pager.hasMore(visible.length, chosen.length)
          ? moreButton(this.pager, () => this.pager.more(limit, visible.length, chosen.length))
          : nothing,
      !pages,
    );
  }

  /**
   * Loading and loaded in one template: the search box (there from the start, so it holds its
   * place and keeps what is typed and the focus) and the grid, whose placeholder cards are the
   * very elements that then show the first articles, stay the same nodes.
   */
  private renderView(
    heading: TemplateResult | typeof nothing,
    notes: Notes,
    count: number | undefined,
    content: TemplateResult | typeof nothing,
    more: TemplateResult | typeof nothing = nothing,
    moreShown = true,
  ): TemplateResult {
    return html`${heading}${staleState(notes)}${this.searchable ? this.search.box(count, this.locale) : nothing}${content}${more}${moreShown ? moreStatus(this.pager) : nothing}`;
  }

  private renderOpenArticle(feed: Feed | undefined, notes: Notes, article: Article | undefined): TemplateResult {
    return html`${staleState(notes)}
      <button part="button back-button" class="button back" type="button" @click=${() => this.close()}>
        <span aria-hidden="true">←</span> ${msg('Quay lại', { id: 'back' })}
      </button>
      ${
        this.articleViewFailed
          ? errorState(new FeedError('network', 'No article view'), () => void this.ensureArticleView(true))
          : html`<tin-article part="article" .article=${article} .feed=${feed} .hrefFor=${this.hrefFor} .itemId=${this.url.value}
            .otherCount=${this.otherCount} .relatedCount=${this.relatedCount} .dateFormat=${this.dateFormat} .timeZone=${this.timeZone}
            .colorScheme=${this.colorScheme} .sanitizer=${this.sanitizer} .embedHosts=${this.embedHosts} .showSource=${this.showSource}></tin-article>`
      }`;
  }

  /**
   * The card grid (`feed`: where the cards take a single feed's title, for `show-source`). While loading (`articles` undefined) it holds placeholder cards: the very
   * elements that then show the first articles, instead of every card being created twice.
   */
  private renderGrid(articles: readonly Article[] | undefined, level: number, feed?: Feed): TemplateResult {
    const cards: readonly (Article | undefined)[] =
      articles ?? Array(Math.min(clampInt(this.limit, 1, Infinity, 12), 12)).fill(undefined);
    const busy = !articles;
    // The first row (as many cards as the widest row holds) fetches its images at once.
    const firstRow = clampInt(this.columns, 1, 12, 3);
    return html`<ul part="grid" class="grid" aria-busy=${busy ? 'true' : 'false'}>
        ${cards.map(
          (article, index) => html`<li>
            <tin-card part="card" exportparts="card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source"
              data-id=${ifDefined(article?.id)} aria-hidden=${ifDefined(busy ? 'true' : undefined)} .article=${article} .hrefFor=${this.hrefFor} .layout=${this.layout}
              .headingLevel=${this.heading || this.headingLevel !== undefined ? Math.min(6, level + 1) : level} .dateFormat=${this.dateFormat} .timeZone=${this.timeZone}
              .dateStyle=${this.dateStyle} .colorScheme=${this.colorScheme} .showSource=${this.showSource} .feed=${this.showSource ? feed : undefined}
              .fallbackImage=${this.fallbackImage} .linkTarget=${this.hrefFor === this.inPlace ? undefined : this.linkTarget}
              .imageLoading=${index ? (index < firstRow ? EAGER_IMAGE : LAZY_IMAGE) : FIRST_IMAGE}></tin-card>
          </li>`,
        )}
      </ul>${busy ? html`<span class="visually-hidden" role="status">${loadingLabel()}</span>` : nothing}`;
  }
}
