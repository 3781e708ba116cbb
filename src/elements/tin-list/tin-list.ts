import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '../../i18n/locale.js';
import type { Article, Feed } from '../../feed/model.js';
import { articlesFromCode, feedFromCode } from '../../feed/from-code.js';
import { articleHref, defaultHref, type HrefFor, PLACEHOLDER_ARTICLE, selectOnClick, timeTemplate } from '../../render/templates/article-parts.js';
import { DATE_FORMAT } from '../../render/format/dates.js';
import { FeedController } from '../../render/controllers/feed-source.js';
import { MoreController } from '../../render/controllers/more.js';
import { loadingLabel, untitled } from '../../render/messages.js';
import { selectArticles } from '../../render/select-articles.js';
import { emptyState, errorState, moreButton, searchBox, staleState } from '../../render/templates/states.js';
import { tokens } from '../../render/styles.js';
import { TinElement } from '../tin-element.js';
import { listStyles } from './tin-list.styles.js';

let headingIds = 0;

/**
 * The "Các tin khác" list portals show under an article: titles with their date in brackets,
 * newest first.
 *
 * Plain links written inside the element are what crawlers and visitors without JavaScript see;
 * the element renders no slot, so they are not shown once it runs.
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
 * @csspart more-button - The "Xem thêm" button.
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
export class TinList extends TinElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    articles: { attribute: false },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    limit: { type: Number },
    exclude: {},
    tag: {},
    searchable: { type: Boolean },
    loadMore: { type: Boolean, attribute: 'load-more' },
    dateFormat: { attribute: 'date-format' },
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    hrefFor: { attribute: false },
  };

  static override styles = [tokens, listStyles];

  /** URL of a JSON Feed, RSS or Atom feed. */
  src?: string;

  /** A parsed feed to show instead of loading `src`. */
  feed?: Feed;

  /** Articles to show instead of a feed. */
  articles?: readonly Article[];

  /** Heading text; default "Các tin khác". An empty attribute (`heading=""`) hides it. */
  heading?: string;

  /** ARIA heading level of the heading (2–6). */
  headingLevel = 2;

  /** How many items to show; "Xem thêm" shows this many more. */
  limit = 5;

  /** Id of an article to leave out (the one being read). */
  exclude?: string;

  /** Only articles with this tag / category. */
  tag?: string;

  /** Show a search box (matches with or without diacritics). */
  searchable = false;

  /** Show a "Xem thêm" button when more items exist. */
  loadMore = false;

  /**
   * Pattern for item dates: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_FORMAT;

  /** Request timeout in seconds when loading `src`. */
  timeout?: number;

  /** Reload `src` every this many seconds (off when 0 or absent). */
  refreshInterval?: number;

  /** Builds each item's link (default: the article's `url`). */
  hrefFor: HrefFor = defaultHref;

  private query = '';
  private readonly onSearch = (query: string): void => {
    this.query = query;
    this.pager.reset();
    this.requestUpdate();
  };

  private readonly feedLoader = new FeedController(this);
  private readonly pager = new MoreController(this);
  private readonly headingId = `tin-list-heading-${++headingIds}`;

  private get items(): readonly Article[] | undefined {
    const articles = articlesFromCode(this.articles);
    if (articles) return articles;
    const state = this.feedLoader.state;
    const feed = feedFromCode(this.feed) ?? (state.status === 'loaded' ? state.feed : undefined);
    return feed && this.pager.items(feed);
  }

  protected override render(): TemplateResult {
    const heading = this.heading ?? msg('Các tin khác', { id: 'other-news' });
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<section part="list" class="list" aria-labelledby=${heading ? this.headingId : nothing}>
      ${heading ? html`<div part="heading" class="heading" role="heading" aria-level=${level} id=${this.headingId}>${heading}</div>` : nothing}
      ${this.renderContent()}
    </section>`;
  }

  private renderContent(): TemplateResult {
    const items = this.items;
    const state = this.feedLoader.state;
    if (!items) {
      if (state.status === 'error') return errorState(state.error, () => this.feedLoader.retry());
      return this.renderSkeleton();
    }
    const limit = Math.max(1, Math.floor(this.limit) || 5);
    const chosen = selectArticles(items, { exclude: this.exclude, tag: this.tag, search: this.query });
    const visible = chosen.slice(0, limit + this.pager.extra);
    return html`${state.status === 'loaded' ? staleState(state.refreshError) : nothing}
      ${this.searchable ? searchBox(this.query, chosen.length, this.onSearch) : nothing}
      ${visible.length
        ? html`<ul part="items" class="items">${visible.map((article) => this.renderItem(article))}</ul>`
        : emptyState()}
      ${this.loadMore && this.pager.hasMore(visible.length, chosen.length)
        ? moreButton(this.pager, () => this.pager.more(limit, visible.length, chosen.length))
        : nothing}`;
  }

  private renderItem(article: Article): TemplateResult {
    const href = articleHref(this.hrefFor, article);
    const title = article.title || untitled();
    return html`<li part="item" class="item">
      ${href ? html`<a part="link" href=${href} @click=${selectOnClick(this, article)}>${title}</a>` : title}
      ${article.published
        ? html`<span class="item-date">(${timeTemplate(article.published, this.dateFormat, DATE_FORMAT, this.timeZone, this.dateStyle, this.locale)})</span>`
        : nothing}
    </li>`;
  }

  private renderSkeleton(): TemplateResult {
    const count = Math.min(Math.max(1, Math.floor(this.limit) || 5), 10);
    return html`<ul class="items skeleton" aria-hidden="true">
        ${Array.from({ length: count }, (_, i) => html`<li class="item">
          <span class="item-text"><span class="ph">${PLACEHOLDER_ARTICLE.title.slice(0, 50 + ((i * 17) % 30))}</span></span>
          <span class="item-date"><span class="date"><span class="ph">(01/01/2026)</span></span></span>
        </li>`)}
      </ul>
      <span class="visually-hidden" role="status">${loadingLabel()}</span>`;
  }
}
