import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Article, findArticle } from '../../feed/model.js';
import { headingLevel } from '../../internal/clamp.js';
import { levelBelowPage } from '../../internal/page-heading.js';
import { PREVIEW_MAX, teaser } from '../../internal/teaser.js';
import { DATE_TIME_FORMAT } from '../../render/format/dates.js';
import { linkTitle, loadingLabel } from '../../render/messages.js';
import { selectArticles } from '../../render/select-articles.js';
import {
  articleHref,
  pictureOf,
  relOf,
  selectOnClick,
  targetOf,
  timeTemplate,
} from '../../render/templates/article-parts.js';
import { errorState, failedState, staleState } from '../../render/templates/states.js';
import { tokens } from '../../render/styles.js';
import { imageChoice } from '../../render/image-sources.js';
import { FIRST_IMAGE, type ImageLoading, LAZY_IMAGE } from '../../render/image-loading.js';
import { resourceSrc } from '../../render/urls.js';
import { SourceElement } from '../source-element.js';
import { cardStyles } from './tin-card.styles.js';

export type CardLayout = 'vertical' | 'horizontal' | 'compact';

/**
 * One news item as a card: image, title linking to the article, date line and a short summary.
 *
 * @tag tin-card
 * @summary A news card for one article, from an `article` property or a feed: the item with `item-id`, else the newest (after `tag` and `offset`).
 *
 * @csspart card - The card box (an `<article>`).
 * @csspart media - The image frame, fixed to the image aspect ratio.
 * @csspart image - The article image.
 * @csspart placeholder - Shown when the article has no usable image.
 * @csspart title - The title heading.
 * @csspart link - The title link.
 * @csspart date - The `<time>` date line.
 * @csspart summary - The summary text.
 * @csspart source - The feed the article came from (a list merged from several feeds; `show-source`).
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
 * @cssproperty [--tin-title-lines] - Clamps titles to this many lines; unset, the whole title (up to its first 1,000 characters; the article shows it all), with 3 lines' height reserved.
 * @cssproperty [--tin-summary-lines=3] - Summary lines before it is clamped (`none`: the whole summary, up to its first 1,000 characters; the article shows it all).
 *
 * @fires {TinSelectEvent} tin-select - The title was clicked; cancel to route elsewhere.
 * @fires {TinLoadEvent} tin-load - The feed at `src` loaded.
 * @fires {TinErrorEvent} tin-error - The feed at `src` failed to load.
 */
export class TinCard extends SourceElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    itemId: { attribute: 'item-id' },
    tag: {},
    offset: { type: Number },
    linkTarget: { attribute: 'link-target' },
    fallbackImage: { attribute: 'fallback-image' },
    layout: { reflect: true },
    dateFormat: { attribute: 'date-format' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  static override styles = [tokens, cardStyles];
  // card.focus() lands on the title link: how <tin-feed> returns focus to the card a reader left.
  static override shadowRootOptions: ShadowRootInit = { ...SourceElement.shadowRootOptions, delegatesFocus: true };

  /** The article to show. Takes precedence over the source's article with `item-id`. */
  article?: Article;

  /**
   * Id of the article to show from the source (`articles`, `feed` or `src`). Unset (or empty), the
   * card shows the source's newest article after `tag` and `offset`: the featured story ("tin nổi
   * bật") above a `<tin-list offset="1">` of the same feed.
   */
  itemId?: string;

  /** Without `item-id`: the newest article with this tag / category. */
  tag?: string;

  /**
   * Without `item-id`: skip this many of the newest articles (`offset="1"` shows the second).
   * Fractions round down; a negative or non-numeric value skips none; past the last article,
   * the card says it found none.
   */
  offset?: number;

  /**
   * `_blank` opens the title link in a new tab, with `rel="noopener noreferrer"`; unset (or any
   * other value), the same tab.
   */
  linkTarget?: string;

  /**
   * Image shown when the article has none or its images fail to load (the portal's logo, say).
   * Only an http(s) URL is used; if it fails too, the neutral placeholder shows.
   */
  fallbackImage?: string;

  /** `vertical` (image above), `horizontal` (image beside) or `compact` (title and date only). (unset = `vertical`; only the others are reflected for styling) */
  layout?: CardLayout;

  /**
   * Pattern for the date line: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_TIME_FORMAT;

  /**
   * ARIA heading level of the title (2–6), to fit the host page's outline. Unset, the level below
   * the page's last heading before the card.
   */
  headingLevel?: number;

  /** The level below the page's heading the card sits under (read on connect, when `heading-level` is unset). */
  private belowPage = 2;

  private failedImages: readonly string[] = [];
  /**
   * How its image loads (render/image-loading.ts): set by `<tin-feed>` from the card's place in
   * the grid; a card on its own decides once, when it first has an image (the page's first card
   * at once with high priority, others lazily).
   * @internal
   */
  imageLoading?: ImageLoading;
  /**
   * The `sizes` of its image's renditions: lazily loaded, the width the browser lays out (`auto`);
   * loaded at once, the frame's width, measured once after the first image is in it (`updated`).
   */
  private imageSizes?: string;

  /** The article shown, once known. */
  get currentArticle(): Article | undefined {
    if (this.article !== undefined && this.article !== null) return this.source.article(this.article);
    const state = this.source.state;
    if (state.status !== 'loaded') return undefined;
    const id = typeof this.itemId === 'string' ? this.itemId.trim() : '';
    return id
      ? findArticle(state.feed.items, id)
      : selectArticles(state.feed.items, { tag: this.tag, offset: this.offset })[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.headingLevel === undefined) this.belowPage = levelBelowPage(this);
  }

  protected override declaredLanguage(): string | undefined {
    return this.currentArticle?.language ?? super.declaredLanguage();
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    const article = this.currentArticle;
    if (article) return html`${state.status === 'loaded' ? staleState(state) : nothing}${this.renderCard(article)}`;
    const given = this.article !== undefined && this.article !== null;
    if (given ? !this.source.pending : state.status !== 'loading') {
      return state.status === 'error' && !given
        ? failedState(state.error, () => this.source.reload())
        : errorState('not-found');
    }
    return placeholderCard(this.layout === 'compact', state.status === 'loading' && !!state.skeleton);
  }

  private renderCard(article: Article): TemplateResult {
    const href = articleHref(this.hrefFor, article);
    const target = targetOf(this.linkTarget);
    const title = linkTitle(article);
    const source = this.sourceOf(article);
    const lang = article.language;
    const level = headingLevel(this.headingLevel, this.belowPage);
    const link = href
      ? html`<a part="link" href=${href} target=${ifDefined(target)} rel=${ifDefined(relOf(target))} @click=${selectOnClick(this, article)}>${title}</a>`
      : title;
    const sourceLine = source
      ? html`<span part="source" class="source" lang=${ifDefined(lang)}>${source}</span>`
      : nothing;
    const time = timeTemplate(article.published, {
      pattern: this.dateFormat,
      fallback: DATE_TIME_FORMAT,
      timeZone: this.timeZone,
      style: this.dateStyle,
      locale: this.locale,
      lineStart: true,
    });
    // One template per layout, media and summary in it: each card builds two template instances
    // fewer (three with the placeholder) than with each part a template of its own. The price: a
    // card switched to or from "compact" is built anew, and a focused title link loses focus.
    if (this.layout === 'compact')
      return html`<article part="card" class="card" aria-busy="false">
        <div class="body" aria-hidden="false">
          <div part="title" class="title" role="heading" aria-level=${level} lang=${ifDefined(lang)}>${link}</div>
          ${sourceLine}
          ${time}
        </div>
      </article>`;
    const src = this.imageOf(article);
    return html`<article part="card" class="card" aria-busy="false">
      <div part="media" class="media">${src ? this.renderImage(article, src) : PLACEHOLDER}</div>
      <div class="body" aria-hidden="false">
        <div part="title" class="title" role="heading" aria-level=${level} lang=${ifDefined(lang)}>${link}</div>
        ${sourceLine}
        ${time}
        <p part="summary" class="summary" lang=${ifDefined(lang)}>${teaser(article.summary ?? '', PREVIEW_MAX)}</p>
      </div>
    </article>`;
  }

  /**
   * The first of the article's images, then `fallback-image`, that passes the URL check and has
   * not failed to load here: a failed fallback is not asked for again, so the placeholder ends it.
   */
  private imageOf(article: Article): string | undefined {
    return [article.image, article.bannerImage, this.fallbackImage]
      .map(resourceSrc)
      .find((url) => url && !this.failedImages.includes(url));
  }

  /** A broken image gives way to the next one, or to the placeholder; the title link stays as it is. */
  private imageFailed(src: string) {
    return () => {
      this.failedImages = [...this.failedImages, src];
      this.requestUpdate();
    };
  }

  private loadingNow(): ImageLoading {
    return !isServer && (this.getRootNode() as ParentNode).querySelector('tin-card') === this
      ? FIRST_IMAGE
      : LAZY_IMAGE;
  }

  /**
   * An image loaded at once gets the width of its frame as laid out (beside the text, in a grid's
   * phone rows, whatever the page's CSS made of it) as `sizes`, measured once the first image is
   * in it: the browser picks a file only after this task's microtasks. Only those few (the first
   * card, a grid's first row) read the layout; lazy ones leave it to the browser (`auto`).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.imageSizes !== '' || this.imageLoading?.loading !== 'eager') return;
    // Without a `srcset` there is nothing to choose, and no layout to force (most feeds give one file).
    const chosen = this.renderRoot.querySelectorAll('[sizes]');
    const width = chosen.length ? this.renderRoot.querySelector('.media')?.getBoundingClientRect().width : 0;
    if (!width) return;
    this.imageSizes = `${Math.ceil(width)}px`;
    for (const el of chosen) el.setAttribute('sizes', this.imageSizes);
  }

  /** The image, in a `<picture>` when the feed offers it in modern formats. */
  private renderImage(article: Article, src: string): TemplateResult {
    const { loading, priority } = (this.imageLoading ??= this.loadingNow());
    // Until measured, an image loaded at once is taken to fill the screen's width.
    const sizes = loading === 'lazy' ? 'auto, 100vw' : this.imageSizes || '100vw';
    this.imageSizes ??= loading === 'lazy' ? 'auto, 100vw' : '';
    const choice = imageChoice(article, src);
    return pictureOf(
      choice,
      sizes,
      html`<img part="image" class="image" src=${src} srcset=${ifDefined(choice.srcset)} sizes=${ifDefined(choice.srcset && sizes)}
        alt="" loading=${loading} fetchpriority=${ifDefined(priority)} decoding="async" @error=${this.imageFailed(src)} />`,
    );
  }
}

// While loading: the card's boxes, sized by the same rules as the card's (title and summary lines
// reserved, one date line), in one static template per layout. Blank for the first
// SKELETON_AFTER, so a fast answer costs no skeleton; then the same nodes, as the skeleton (the
// boxes in the skeleton colour): nothing is built twice and nothing moves.
const placeholderCard = (compact: boolean, skeleton: boolean): TemplateResult => {
  const state = skeleton ? 'skeleton' : 'reserve';
  const status = skeleton ? loadingLabel() : '';
  return compact
    ? html`<article part="card" class="card ${state}" aria-busy="true"><div class="body" aria-hidden="true"><div part="title" class="title"></div><span class="date">&nbsp;</span></div><span class="visually-hidden" role="status">${status}</span></article>`
    : html`<article part="card" class="card ${state}" aria-busy="true"><div part="media" class="media"></div><div class="body" aria-hidden="true"><div part="title" class="title"></div><span class="date">&nbsp;</span><p part="summary" class="summary"></p></div><span class="visually-hidden" role="status">${status}</span></article>`;
};

const PLACEHOLDER = html`<div part="placeholder" class="placeholder" aria-hidden="true"><svg viewBox="0 0 24 24" focusable="false"><path fill="currentColor" d="M3 5h18v14H3zm2 2v10h14V7zm1 9 4-5 3 3.5 2-2 3 3.5z"/></svg></div>`;
