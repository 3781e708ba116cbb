import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/locale.js';
import type { Article } from '../../feed/model.js';
import { clampInt, headingLevel } from '../../internal/clamp.js';
import { whenLoaded } from '../../internal/lazy-module.js';
import { MoreController } from '../../render/controllers/more.js';
import { PagingChoice } from '../../render/controllers/paging.js';
import { SearchQuery, loadSearch } from '../../render/controllers/search.js';
import type { UrlMode } from '../../render/controllers/url-state.js';
import { DATE_FORMAT } from '../../render/format/dates.js';
import { linkTitle, loadingLabel } from '../../render/messages.js';
import { selectArticles } from '../../render/select-articles.js';
import {
  articleHref,
  PLACEHOLDER_ARTICLE,
  relOf,
  selectOnClick,
  targetOf,
  timeTemplate,
} from '../../render/templates/article-parts.js';
import { type Notes, failedState, moreButton, moreStatus, staleState } from '../../render/templates/states.js';
import { tokens } from '../../render/styles.js';
import { SourceElement } from '../source-element.js';
import { listStyles } from './tin-list.styles.js';

let headingIds = 0;

// While loading: one line per item (placeholder titles of varied lengths, hidden), blank for the
// first SKELETON_AFTER, then the same nodes as the skeleton: nothing is built twice, nothing moves.
const placeholderItem = (index: number): TemplateResult =>
  html`<li class="item"><span class="item-text"><span class="ph">${PLACEHOLDER_ARTICLE.title.slice(0, 50 + ((index * 17) % 30))}</span></span> <span class="item-date"><span class="date"><span class="ph">(01/01/2026)</span></span></span></li>`;
const placeholderList = (count: number, skeleton: boolean): TemplateResult =>
  html`<ul class="items ${skeleton ? 'skeleton' : 'reserve'}" aria-hidden="true" aria-busy="true">${Array.from({ length: count }, (_, i) => placeholderItem(i))}</ul><span class="visually-hidden" role="status">${skeleton ? loadingLabel() : ''}</span>`;

/**
 * The "Các tin khác" list portals show under an article: titles with their date in brackets,
 * newest first.
 *
 * Plain links written inside the element are what crawlers and visitors without JavaScript see;
 * they are hidden while it shows the feed and stay in view, under the error, if the feed fails.
 *
 * @tag tin-list
 * @summary A list of news titles with dates, from a feed URL or a `feed`/`articles` property.
 *
 * @csspart list - The whole list section.
 * @csspart heading - The list heading ("Các tin khác").
 * @csspart items - The `<ul>`.
 * @csspart item - One `<li>`.
 * @csspart link - An article link.
 * @csspart date - The `<time>` of an item.
 * @csspart source - The feed an item came from (a list merged from several feeds; `show-source`).
 * @csspart more-button - The "Xem thêm" button.
 * @csspart pagination - The `<nav>` of numbered pages (`paging="pages"`).
 * @csspart page-link - Each page link; also `previous-page`, `next-page`, `current-page` (the one with `aria-current="page"`).
 * @csspart page-gap - The "…" standing for pages not linked.
 * @csspart search - The search field.
 * @csspart error - The error box.
 * @csspart empty - The "no news" message.
 * @csspart button - Buttons (retry, more).
 *
 * @cssproperty [--tin-accent=#b3261e] - Accent colour: heading, bullets, hover.
 * @cssproperty [--tin-heading-color=var(--tin-accent)] - Heading colour.
 * @cssproperty [--tin-heading-border=var(--tin-accent)] - Heading underline colour.
 * @cssproperty [--tin-heading-transform=none] - Heading text-transform (portals often use `uppercase`).
 * @cssproperty [--tin-text=inherit] - Text colour.
 * @cssproperty [--tin-muted=#5a5f66] - Dates.
 * @cssproperty [--tin-border=#dde1e6] - Separators.
 * @cssproperty [--tin-font-family=inherit] - Font family.
 * @cssproperty [--tin-font-size=inherit] - Base font size.
 *
 * @fires {TinSelectEvent} tin-select - An article link was clicked; cancel to route elsewhere.
 * @fires {TinLoadEvent} tin-load - The feed at `src` loaded.
 * @fires {TinErrorEvent} tin-error - The feed at `src` failed to load.
 */
export class TinList extends SourceElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    limit: { type: Number },
    offset: { type: Number },
    exclude: {},
    /** @private Not API (`<tin-article>`'s lists): kept out of the manifest, whose Lit plugin reads this table. */
    chosen: { attribute: false },
    tag: {},
    searchable: { type: Boolean },
    loadMore: { type: Boolean, attribute: 'load-more' },
    paging: {},
    urlMode: { attribute: 'url-mode' },
    urlParam: { attribute: 'url-param' },
    dateFormat: { attribute: 'date-format' },
    linkTarget: { attribute: 'link-target' },
  };

  static override styles = [tokens, listStyles];

  /** Heading text; default "Các tin khác". An empty attribute (`heading=""`) hides it. */
  heading?: string;

  /** ARIA heading level of the heading (2–6). */
  headingLevel = 2;

  /** How many items to show; "Xem thêm" shows this many more; with `paging="pages"`, the items of a page. */
  limit = 5;

  /**
   * Skip this many of the newest articles (after `tag`, `exclude` and the search): `offset="1"`
   * under a featured `<tin-card>` of the same feed. "Xem thêm" and `next_url` pages continue
   * after them. Fractions round down; a negative or non-numeric value skips none.
   */
  offset?: number;

  /** Id of an article to leave out (the one being read). */
  exclude?: string;

  /**
   * The articles to list, already chosen and in order (`<tin-article>`'s "Tin liên quan"): then
   * neither `exclude`, `tag` nor the date order applies.
   * @internal
   */
  chosen?: readonly Article[];

  /** Only articles with this tag / category. */
  tag?: string;

  /** Show a search box (matches with or without diacritics). */
  searchable = false;

  /** Show a "Xem thêm" button when more items exist. */
  loadMore = false;

  /**
   * `pages`: numbered pages ("Trang 1 2 3 … 9") instead of "Xem thêm", `limit` items a page, the
   * page kept in the URL (`trang=<n>`, see `url-mode` and `url-param`). Any other value (or none)
   * keeps "Xem thêm" with `load-more`.
   */
  paging?: string;

  /** Where the page of `paging="pages"` is kept: `hash` (`#trang=3`) or `query` (`?trang=3`, for crawlers). */
  urlMode: UrlMode = 'hash';

  /**
   * Names this list in the URL: its page is `<url-param>-trang`. Unset, paged lists and grids take
   * `trang`, `trang-2`… in document order.
   */
  urlParam?: string;

  /**
   * Pattern for item dates: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_FORMAT;

  /**
   * `_blank` opens article links in a new tab, with `rel="noopener noreferrer"`; unset (or any
   * other value), the same tab.
   */
  linkTarget?: string;

  private readonly pager = new MoreController(this, (index) => {
    const item = this.renderRoot.querySelectorAll<HTMLElement>('[part="item"]')[index];
    return item?.querySelector('a') ?? item;
  });
  private readonly search = new SearchQuery(this, this.pager, () => this.numbered.pages?.first());
  private readonly numbered = new PagingChoice(this, this.pager);
  private readonly headingId = `tin-list-heading-${++headingIds}`;
  /** The articles of the items shown, in their order. */
  private shownItems: readonly Article[] = [];

  /**
   * One listener for every item's link (a list may show a thousand): the clicked item's article
   * is the one `tin-select` names.
   */
  private readonly onItemClick = (event: MouseEvent): void => {
    const item = (event.target as Element).closest('a[part="link"]')?.closest('li');
    const article = item && this.shownItems[[...item.parentElement!.children].indexOf(item)];
    if (article) selectOnClick(this, article)(event);
  };

  protected override chunksNeeded(): Promise<unknown> | undefined {
    return whenLoaded(super.chunksNeeded(), this.searchable ? loadSearch() : undefined, this.numbered.load());
  }

  protected override render(): TemplateResult {
    const heading = this.heading ?? msg('Các tin khác', { id: 'other-news' });
    return html`<section part="list" class="list" aria-labelledby=${heading ? this.headingId : nothing}>
      ${heading ? html`<div part="heading" class="heading" role="heading" aria-level=${headingLevel(this.headingLevel, 2)} id=${this.headingId}>${heading}</div>` : nothing}
      ${this.renderContent()}
    </section>`;
  }

  private renderContent(): TemplateResult {
    const state = this.source.state;
    const limit = clampInt(this.limit, 1, Infinity, 5);
    if (state.status === 'error') return failedState(state.error, () => this.source.reload());
    if (state.status === 'loading') {
      const count = Math.min(limit, 10);
      return this.renderView({}, undefined, placeholderList(count, !!state.skeleton), nothing, false);
    }
    const chosen =
      this.chosen ??
      selectArticles(
        this.pager.items(state.feed),
        { exclude: this.exclude, tag: this.tag, offset: this.offset },
        this.search.matches(),
      );
    const pages = this.numbered.pages;
    const visible = pages ? pages.slice(chosen, limit) : this.pager.visible(chosen, limit);
    this.shownItems = visible;
    return this.renderView(
      state,
      chosen.length,
      visible.length
        ? // Delegated: the item links are what is clicked, by mouse or by Enter, and each fires a click.
          // eslint-disable-next-line lit-a11y/click-events-have-key-events
          html`<ul part="items" class="items" @click=${this.onItemClick}>${visible.map((article) => this.renderItem(article))}</ul>`
        : this.search.empty(),
      pages
        ? pages.nav(chosen.length, limit)
        : this.loadMore && this.pager.hasMore(visible.length, chosen.length)
          ? moreButton(this.pager, () => this.pager.more(limit, visible.length, chosen.length))
          : nothing,
      this.loadMore && !pages,
    );
  }

  /**
   * Loading and loaded in one template: the search box (there from the start, so it holds its
   * place and keeps what is typed and the focus) and the list stay the same nodes.
   */
  private renderView(
    notes: Notes,
    count: number | undefined,
    items: TemplateResult | typeof nothing,
    more: TemplateResult | typeof nothing,
    moreShown: boolean,
  ): TemplateResult {
    return html`${staleState(notes)}
      ${this.searchable ? this.search.box(count, this.locale) : nothing}
      ${items}
      ${more}${moreShown ? moreStatus(this.pager) : nothing}`;
  }

  private renderItem(article: Article): TemplateResult {
    const href = articleHref(this.hrefFor, article);
    const target = targetOf(this.linkTarget);
    const title = linkTitle(article);
    const source = this.sourceOf(article);
    const time = timeTemplate(article.published, {
      pattern: this.dateFormat,
      fallback: DATE_FORMAT,
      timeZone: this.timeZone,
      style: this.dateStyle,
      locale: this.locale,
      bracketed: true,
    });
    const sourceLine = source
      ? html` <span part="source" class="source" lang=${ifDefined(article.language)}>${source}</span>`
      : nothing;
    // The link in the item's template, not one of its own: one template instance fewer per linked
    // item (a thousand in a thousand-item list).
    return href
      ? html`<li part="item" class="item">
      <a part="link" href=${href} target=${ifDefined(target)} rel=${ifDefined(relOf(target))} lang=${ifDefined(article.language)}>${title}</a>
      ${time}${sourceLine}
    </li>`
      : html`<li part="item" class="item">
      ${title}
      ${time}${sourceLine}
    </li>`;
  }
}
