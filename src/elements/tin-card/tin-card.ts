import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Article } from '../../feed/model.js';
import { articleFromCode } from '../../feed/from-code.js';
import { articleHref, defaultHref, type HrefFor, PLACEHOLDER_ARTICLE, selectOnClick, timeTemplate } from '../../render/templates/article-parts.js';
import { DATE_TIME_FORMAT, formatDate, isoInZone } from '../../render/format/dates.js';
import { FeedController } from '../../render/controllers/feed-source.js';
import { loadingLabel, untitled } from '../../render/messages.js';
import { errorState, staleState } from '../../render/templates/states.js';
import { tokens } from '../../render/styles.js';
import { resourceSrc } from '../../render/urls.js';
import { TinElement } from '../tin-element.js';
import { cardStyles } from './tin-card.styles.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/**
 * One news item as a card: image, title linking to the article, date line and a short summary.
 *
 * @tag tin-card
 * @summary A news card for one article, from an `article` property or a feed URL and item id.
 *
 * @csspart card - The card box (an `<article>`).
 * @csspart media - The image frame, fixed to the image aspect ratio.
 * @csspart image - The article image.
 * @csspart placeholder - Shown when the article has no usable image.
 * @csspart title - The title heading.
 * @csspart link - The title link.
 * @csspart date - The `<time>` date line.
 * @csspart summary - The summary text.
 * @csspart error - The error or "not found" box.
 * @csspart button - Buttons (retry).
 *
 * @cssproperty [--tin-accent=#b3261e] - Accent colour: link hover, buttons, error marker.
 * @cssproperty [--tin-text=inherit] - Text colour.
 * @cssproperty [--tin-muted=#5a5f66] - Secondary text (dates).
 * @cssproperty [--tin-surface=#ffffff] - Card background.
 * @cssproperty [--tin-border=#dde1e6] - Border colour.
 * @cssproperty [--tin-radius=0.5em] - Corner radius.
 * @cssproperty [--tin-shadow=0 1px 2px rgb(0 0 0 / 0.06), 0 2px 8px rgb(0 0 0 / 0.06)] - Card shadow.
 * @cssproperty [--tin-image-ratio=16 / 9] - Image aspect ratio.
 * @cssproperty [--tin-font-family=inherit] - Font family.
 * @cssproperty [--tin-font-size=inherit] - Base font size.
 * @cssproperty [--tin-title-lines=3] - Title lines before it is clamped.
 * @cssproperty [--tin-summary-lines=3] - Summary lines before it is clamped.
 *
 * @fires {TinSelectEvent} tin-select - The title was clicked; cancel to route elsewhere.
 * @fires {TinLoadEvent} tin-load - The feed at `src` loaded.
 * @fires {TinErrorEvent} tin-error - The feed at `src` failed to load.
 */
export class TinCard extends TinElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    src: {},
    itemId: { attribute: 'item-id' },
    layout: { reflect: true },
    dateFormat: { attribute: 'date-format' },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    hrefFor: { attribute: false },
  };

  static override styles = [tokens, cardStyles];
  // card.focus() lands on the title link: how <tin-feed> returns focus to the card a reader left.
  static override shadowRootOptions: ShadowRootInit = { ...TinElement.shadowRootOptions, delegatesFocus: true };

  /** The article to show. Takes precedence over `src` + `item-id`. */
  article?: Article;

  /** URL of a JSON Feed, RSS or Atom feed to take the article from (with `item-id`). */
  src?: string;

  /** Id of the article in the feed at `src`. */
  itemId?: string;

  /** `vertical` (image above), `horizontal` (image beside) or `compact` (title and date only). (unset = `vertical`; only the others are reflected for styling) */
  layout?: CardLayout;

  /**
   * Pattern for the date line: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_TIME_FORMAT;

  /** ARIA heading level of the title (2–6), to fit the host page's outline. */
  headingLevel = 3;

  /** Request timeout in seconds when loading `src`. */
  timeout?: number;

  /** Reload `src` every this many seconds (off when 0 or absent). */
  refreshInterval?: number;

  /** Builds the title link for an article (default: the article's `url`). */
  hrefFor: HrefFor = defaultHref;

  private failedImages: readonly string[] = [];

  private readonly feed = new FeedController(this);

  /** The article shown, once known. */
  get currentArticle(): Article | undefined {
    if (this.article) return articleFromCode(this.article);
    const state = this.feed.state;
    const id = typeof this.itemId === 'string' ? this.itemId.trim() : undefined;
    return state.status === 'loaded' ? state.feed.items.find((item) => item.id === id) : undefined;
  }

  protected override render(): TemplateResult {
    const state = this.feed.state;
    const article = this.currentArticle;
    if (article) return html`${state.status === 'loaded' ? staleState(state.refreshError) : nothing}${this.renderCard(article)}`;
    if (state.status === 'error') return errorState(state.error, () => this.feed.retry());
    if (state.status === 'loaded') return errorState('not-found');
    return this.renderCard(PLACEHOLDER_ARTICLE, true);
  }

  private renderCard(article: Article, skeleton = false): TemplateResult {
    const compact = this.layout === 'compact';
    const href = skeleton ? undefined : articleHref(this.hrefFor, article);
    const image = this.imageOf(article);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    // The usual card (link, image, absolute date) as one flat template: each nested template is one
    // more clone and tree walk per card, which a 100-card grid feels. Same markup as the general case.
    if (href && image && article.published && !compact && this.dateStyle !== 'relative') {
      return html`<article part="card" class="card " aria-busy="false">
        <div part="media" class="media"><img part="image" class="image" src=${image} alt=${article.title} loading="lazy" decoding="async" @error=${this.imageFailed(image)} /></div>
        <div class="body" aria-hidden="false">
          <div part="title" class="title" role="heading" aria-level=${level}><a part="link" href=${href} @click=${selectOnClick(this, article)}>${article.title || untitled()}</a></div>
          <time part="date" class="date" datetime=${isoInZone(article.published, this.timeZone)}>${formatDate(article.published, this.dateFormat, DATE_TIME_FORMAT, this.timeZone)}</time>
          <p part="summary" class="summary">${article.summary ?? ''}</p>
        </div>
      </article>`;
    }
    const title = article.title || untitled();
    return html`<article part="card" class="card ${skeleton ? 'skeleton' : ''}" aria-busy=${skeleton ? 'true' : 'false'}>
      ${compact ? nothing : this.renderMedia(article, skeleton)}
      <div class="body" aria-hidden=${skeleton ? 'true' : 'false'}>
        <div part="title" class="title" role="heading" aria-level=${level}>
          ${skeleton
            ? html`<span class="ph">${title}</span>`
            : href
              ? html`<a part="link" href=${href} @click=${selectOnClick(this, article)}>${title}</a>`
              : title}
        </div>
        ${skeleton
          ? html`<span class="date"><span class="ph">01-01-2026 09:00</span></span>`
          : timeTemplate(article.published, this.dateFormat, DATE_TIME_FORMAT, this.timeZone, this.dateStyle, this.locale)}
        ${compact ? nothing : html`<p part="summary" class="summary">${skeleton ? html`<span class="ph">${article.summary}</span>` : (article.summary ?? '')}</p>`}
      </div>
      ${skeleton ? html`<span class="visually-hidden" role="status">${loadingLabel()}</span>` : nothing}
    </article>`;
  }

  /** The first of the article's images that has not failed to load here. */
  private imageOf(article: Article): string | undefined {
    return [article.image, article.bannerImage].map(resourceSrc).find((url) => url && !this.failedImages.includes(url));
  }

  /** A broken image gives way to the next one, or to the placeholder. */
  private imageFailed(src: string) {
    return () => {
      // The card may switch templates and rebuild its title link: focus stays on the link
      // (delegatesFocus sends the host's focus to it).
      const focused = this.matches(':focus-within');
      this.failedImages = [...this.failedImages, src];
      this.requestUpdate();
      if (focused) void this.updateComplete.then(() => this.focus());
    };
  }

  private renderMedia(article: Article, skeleton: boolean): TemplateResult {
    const src = this.imageOf(article);
    return html`<div part="media" class="media">
      ${src && !skeleton
        ? html`<img part="image" class="image" src=${src} alt=${article.title} loading="lazy" decoding="async" @error=${this.imageFailed(src)} />`
        : html`<div part="placeholder" class="placeholder ${skeleton ? 'image' : ''}" aria-hidden="true">
            ${skeleton
              ? nothing
              : html`<svg viewBox="0 0 24 24" focusable="false"><path fill="currentColor" d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"/></svg>`}
          </div>`}
    </div>`;
  }
}
