// About 360 lines: a third is the class JSDoc (the API contract the manifest is generated from);
// the rest is the one article template and the body's life cycle, which read best side by side.
import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, withLocale } from '../../i18n/locale.js';
import { type Article, type Feed, consoleWarn, findArticle } from '../../feed/model.js';
import { DATE_TIME_FORMAT, formatDate, isoInZone } from '../../render/format/dates.js';
import { removeJsonLd, writeJsonLd } from '../../render/json-ld.js';
import { linkTitle, loadingLabel, untitled } from '../../render/messages.js';
import { adjacentArticles, relatedArticles } from '../../render/related.js';
import { loadSanitizer, sanitizeBody, type SanitizedBody, type SanitizerChoice } from '../../render/sanitize.js';
import { selectArticles } from '../../render/select-articles.js';
import { articleHref, PLACEHOLDER_ARTICLE, pictureOf, selectOnClick } from '../../render/templates/article-parts.js';
import { imageChoice } from '../../render/image-sources.js';
import { errorState, failedState, staleState } from '../../render/templates/states.js';
import { tokens } from '../../render/styles.js';
import { resourceSrc } from '../../render/urls.js';
import { clampInt } from '../../internal/clamp.js';
import { SourceElement } from '../source-element.js';
import { loadAttachments, renderAttachments } from './load-attachments.js';
import { bodyHasImage, bodyMayHoldImage, bodyMayRepeatSummary, bodyRepeatsSummary } from './lead.js';
import { printable } from './print.js';
import { ReaderTools } from './reader-tools.js';
import { articleStyles } from './tin-article.styles.js';
import { mediaStyles } from './media.styles.js';

/**
 * The full article as a provincial portal shows it: title, "Đăng ngày" line, body, author,
 * tags, attachments, then, from the same feed, links to the article before and after it by date
 * ("Tin trước" / "Tin sau"), "Tin liên quan" (the articles on the same subject) and "Các tin khác"
 * (the newest others, without the related ones). None of them is printed.
 *
 * @tag tin-article
 * @summary A full news article, from an `article` property or a feed URL and item id.
 *
 * @csspart article - The `<article>` element.
 * @csspart title - The `<h1>` title.
 * @csspart meta - The date line.
 * @csspart date - Each `<time>`.
 * @csspart source - In the date line, the feed the article came from ("Sở Y tế"; a list merged from several feeds, `show-source`).
 * @csspart summary - The sapo: the bold lead paragraph under the date line (shown when the body does not open with it).
 * @csspart lead-image - The lead photo's `<figure>` under the sapo (shown when the body does not hold the same picture).
 * @csspart body - The sanitised article body.
 * @csspart author - The author line, right-aligned.
 * @csspart tags - The tag list.
 * @csspart attachments - The attachment box.
 * @csspart address - "Địa chỉ bài viết: <url>", shown only in print.
 * @csspart tools - The reader tools bar.
 * @csspart button - Every button.
 * @csspart adjacent - The `<nav>` of the previous and next articles by date (absent when the feed has neither).
 * @csspart adjacent-link - Each of its links ("Tin trước" with the older article's title, "Tin sau" with the newer's).
 * @csspart previous-link - The "Tin trước" link.
 * @csspart next-link - The "Tin sau" link.
 * @csspart related - The "Tin liên quan" list element (a `<tin-list>`; absent when nothing relates).
 * @csspart related-heading - Its heading.
 * @csspart related-item - Each of its items.
 * @csspart related-link - Each of its links.
 * @csspart other - The "Các tin khác" list element.
 * @csspart error - The error or "not found" box.
 * @csspart gone-note - The note over an article a refresh of the feed no longer has (it stays open).
 *
 * @cssproperty [--tin-accent=#b3261e] - Accent colour: links, buttons.
 * @cssproperty [--tin-text=inherit] - Text colour.
 * @cssproperty [--tin-muted=#5a5f66] - Date line, captions.
 * @cssproperty [--tin-border=#dde1e6] - Rules and table borders.
 * @cssproperty [--tin-article-width=48em] - Maximum width of the article.
 * @cssproperty [--tin-body-line-height=1.75] - Body line height (Vietnamese diacritics need room).
 * @cssproperty [--tin-body-align=justify] - Paragraph alignment.
 * @cssproperty [--tin-title-color=inherit] - Title colour.
 * @cssproperty [--tin-font-family=inherit] - Font family.
 * @cssproperty [--tin-font-size=inherit] - Base font size.
 *
 * @fires {TinSelectEvent} tin-select - An article in "Tin trước" / "Tin sau", "Tin liên quan" or "Các tin khác" was clicked; cancel to route elsewhere.
 * @fires {TinLoadEvent} tin-load - The feed at `src` loaded.
 * @fires {TinErrorEvent} tin-error - The feed at `src` failed to load.
 */
export class TinArticle extends SourceElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    itemId: { attribute: 'item-id' },
    otherCount: { attribute: 'other-count', type: Number },
    otherHeading: { attribute: 'other-heading' },
    relatedCount: { attribute: 'related-count', type: Number },
    dateFormat: { attribute: 'date-format' },
    tools: {},
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    sanitizer: {},
    embedHosts: { attribute: 'embed-hosts' },
  };

  static override styles = [tokens, articleStyles, mediaStyles];

  /**
   * The article to show. Takes precedence over the source's article with `item-id`; the source
   * (`feed`, `articles` or `src`) then only fills "Các tin khác".
   */
  article?: Article;

  /** Id of the article to show from the source. */
  itemId?: string;

  /** How many other articles to list under "Các tin khác"; 0 hides the list. */
  otherCount = 5;

  /** Heading of the other-news list; default "Các tin khác". */
  otherHeading?: string;

  /**
   * How many articles "Tin liên quan" lists at most; 0 hides it. Ranked by tags shared with this
   * article, then by words shared with its title (two at least; "của", "và", "các", "năm",
   * "tỉnh" and the like not counted; a title without diacritics matches "da nang" to "Đà Nẵng"), then newest first. The list is absent when
   * nothing relates.
   */
  relatedCount = 3;

  /**
   * Pattern for the date line: `d dd M MM yy yyyy H HH h hh m mm s ss S… a`, weekdays `EEEE` ("Thứ ba")
   * and `E` ("T3"), and 'quoted text'; a pattern with any other letter shows the default.
   */
  dateFormat: string = DATE_TIME_FORMAT;

  /**
   * Reader tools to show, space-separated: `font print share listen`, and `email` ("Gửi email":
   * the visitor's mail program with the title as subject and the link as body); empty hides all.
   */
  tools = 'font print share listen';

  /** Do not add schema.org NewsArticle JSON-LD to the document head. */
  noJsonLd = false;

  /**
   * Which sanitiser cleans the body: `auto` (the browser's HTML Sanitizer API where it has one,
   * else DOMPurify), `native` (the same), or `dompurify` (DOMPurify in every browser).
   */
  sanitizer: SanitizerChoice = 'auto';

  /**
   * More hosts whose iframes play in the body, space-separated exact host names
   * (`video.tinh.gov.vn`), besides YouTube (shown from youtube-nocookie.com) and Vimeo. Anything
   * else (a scheme, port, path, wildcard, IP address or punycode name) is ignored. Iframes from
   * other hosts, `<object>` and `<embed>` become a link ("Mở nội dung nhúng").
   */
  embedHosts?: string;

  private body?: { article: Article; sanitized: SanitizedBody; node: HTMLElement };
  /** The article whose HTML could not be sanitised (shown as text, not tried again). */
  private asText?: Article;

  private get heading(): HTMLElement | null {
    return this.renderRoot.querySelector('h1');
  }

  private readonly readerTools = new ReaderTools(this);
  private sanitizing?: Article;
  /** The lead image that failed to load here: the article shows without it. */
  private failedLead?: string;
  private stopPrinting?: () => void;
  /** The attachment box's code, while it loads (`updateComplete` waits for it). */
  private files?: Promise<void>;

  /** What is listed around the article shown, worked out once per article, feed and counts. */
  private around?: {
    readonly key: readonly unknown[];
    readonly related: Article[];
    readonly other: Article[];
    readonly previous?: Article | undefined;
    readonly next?: Article | undefined;
  };

  /** The article last shown: it stays open when a refresh of the feed drops it, until `item-id` changes. */
  private kept?: Article;

  /** The article shown, once known. */
  get currentArticle(): Article | undefined {
    return this.shown().article;
  }

  /** The article to show, and whether it is one the feed no longer has (kept from before). */
  private shown(): { article?: Article; gone?: boolean } {
    if (this.article !== undefined && this.article !== null) return { article: this.source.article(this.article) };
    const feed = this.currentFeed;
    const id = typeof this.itemId === 'string' ? this.itemId.trim() : undefined;
    if (!feed || !id) return {};
    const article = findArticle(feed.items, id);
    if (article) return { article };
    return this.kept && findArticle([this.kept], id) ? { article: this.kept, gone: true } : {};
  }

  private get currentFeed(): Feed | undefined {
    const state = this.source.state;
    return state.status === 'loaded' || state.status === 'empty' ? state.feed : undefined;
  }

  /** Moves focus to the title (used when the article opens in place). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus({ preventScroll: true });
  }

  /** Also waits for the attachment box's code, so a test or framework sees the final render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.files ? this.files.then(() => super.getUpdateComplete()) : done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopPrinting = printable(this, () => this.currentArticle !== undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPrinting?.();
    removeJsonLd(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('embedHosts')) this.body = undefined;
    this.follow();
  }

  // Again once the controllers' hostUpdate ran (Lit runs them after willUpdate): the source's first
  // one may take a copy from memory, whose body must start sanitising in this very update, not be
  // drawn as plain text until the next one. A server calls willUpdate only.
  protected override update(changed: PropertyValues): void {
    this.follow();
    super.update(changed);
  }

  /** Starts what the article shown needs: its body sanitised, its attachment box's code. */
  private follow(): void {
    const article = this.currentArticle;
    if (article) this.kept = article;
    // Not on a server, which renders no attachment box: the browser's render draws it.
    const files = isServer || !article ? undefined : loadAttachments(article);
    if (files) this.files = files.then(() => this.requestUpdate());
    if (
      article?.contentHtml &&
      this.body?.article !== article &&
      this.sanitizing !== article &&
      this.asText !== article
    ) {
      this.prepareBody(article);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const article = this.currentArticle;
    if (article && !this.noJsonLd && this.isConnected) writeJsonLd(this, article, this.currentFeed, this.timeZone);
    else removeJsonLd(this);
  }

  private prepareBody(article: Article): void {
    this.sanitizing = article;
    // A server (Lit SSR) has no DOM to sanitise into: it renders the body's skeleton, and the
    // browser, hydrating that same skeleton, sanitises the body there.
    if (isServer) return;
    // The attachment box's code comes with the sanitiser: drawn with the body, it moves nothing.
    void Promise.all([loadSanitizer(this.sanitizer, article.contentHtml), loadAttachments(article)]).then(
      ([purify]) => {
        if (this.sanitizing !== article) return;
        this.sanitizing = undefined;
        try {
          const sanitized = sanitizeBody(
            purify,
            article.contentHtml ?? '',
            article.url,
            article.authors.map((a) => a.name ?? ''),
            {
              embedHosts: this.embedHosts,
              labels: withLocale(this.locale, () => [
                msg('Xem video', { id: 'watch-video' }),
                msg('Mở nội dung nhúng', { id: 'open-embed' }),
              ]),
            },
          );
          const node = document.createElement('div');
          node.className = 'body';
          if (article.language) node.lang = article.language;
          node.setAttribute('part', 'body');
          node.append(sanitized.fragment);
          this.body = { article, sanitized, node };
        } catch (error) {
          // Markup no sanitiser could digest: renderBody shows the article's text instead.
          consoleWarn('Could not sanitise a body; showing it as text.', error);
          this.asText = article;
        }
        this.requestUpdate();
      },
      () => {
        // The sanitiser chunk failed to load: renderBody shows the article's text instead.
        this.sanitizing = undefined;
        this.asText = article;
        this.requestUpdate();
      },
    );
  }

  protected override declaredLanguage(): string | undefined {
    return this.currentArticle?.language ?? super.declaredLanguage();
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    const { article, gone } = this.shown();
    if (article)
      return html`${state.status === 'loaded' ? staleState(state) : nothing}${
        gone
          ? html`<p part="gone-note" class="stale-note" role="status">${msg('Bài viết này hiện không còn trong danh sách tin.', { id: 'article-gone' })}</p>`
          : nothing
      }${this.renderArticle(article)}`;
    const given = this.article !== undefined && this.article !== null;
    if (state.status === 'error' && !given) return failedState(state.error, () => this.source.reload());
    // "Not found" only from the current feed: not from a copy while the request is still out.
    if (given ? !this.source.pending : (state.status === 'loaded' || state.status === 'empty') && !state.revalidating)
      return errorState('not-found');
    // Blank (its place held) until loading has lasted SKELETON_AFTER, then the skeleton.
    const skeleton = state.status === 'loading' ? !!state.skeleton : true;
    return html`<div aria-busy="true" class=${skeleton ? '' : 'reserve'}>${this.renderArticle(PLACEHOLDER_ARTICLE, true)}<span class="visually-hidden" role="status">${skeleton ? loadingLabel() : ''}</span></div>`;
  }

  /** The one article template: the skeleton is the placeholder article drawn by it, so nothing shifts. */
  private renderArticle(article: Article, skeleton = false): TemplateResult {
    const title = article.title || untitled();
    const source = skeleton ? undefined : this.sourceOf(article);
    const modified =
      article.modified && article.published && article.modified.getTime() - article.published.getTime() > 60_000;
    const signature = this.body?.article === article ? this.body.sanitized.signature : undefined;
    const authorNames = article.authors.map((a) => a.name).filter((n): n is string => !!n);
    const feed = this.currentFeed;
    const lead = skeleton ? undefined : this.leadImage(article);
    // The article's language marks its own text only; the labels around it speak the widget's.
    return html`<article part="article" class="article ${skeleton ? 'skeleton' : ''}" .inert=${skeleton} aria-hidden=${ifDefined(skeleton ? 'true' : undefined)}>
      <h1 part="title" class="title" tabindex="-1" lang=${ifDefined(article.language)}>${skeleton ? html`<span class="ph">${title}</span>` : title}</h1>
      <p part="meta" class="meta">
        ${
          skeleton
            ? html`<span class="date"><span class="ph">${msg('Đăng ngày', { id: 'posted-on' })} 01-01-2026 09:00</span></span>`
            : article.published
              ? html`<span>${msg('Đăng ngày', { id: 'posted-on' })}
              <time part="date" datetime=${isoInZone(article.published, this.timeZone)}>${formatDate(article.published, this.dateFormat, DATE_TIME_FORMAT, this.timeZone)}</time></span>`
              : nothing
        }
        ${source ? html`<span part="source" class="source" lang=${ifDefined(article.language)}>${source}</span>` : nothing}
        ${
          modified
            ? html`<span>${msg('Cập nhật', { id: 'updated' })}
              <time part="date" datetime=${isoInZone(article.modified!, this.timeZone)}>${formatDate(article.modified!, this.dateFormat, DATE_TIME_FORMAT, this.timeZone)}</time></span>`
            : nothing
        }
      </p>
      ${this.readerTools.render(article, skeleton)}
      ${
        article.summary && (skeleton || this.showsSummary(article, article.summary))
          ? html`<p part="summary" class="summary" lang=${ifDefined(article.language)}>${skeleton ? html`<span class="ph">${article.summary}</span>` : article.summary}</p>`
          : nothing
      }
      ${lead ? html`<figure part="lead-image" class="lead-image">${this.renderLead(article, lead)}</figure>` : nothing}
      ${skeleton ? html`<div class="skeleton-body"><p></p><p></p><p></p><p></p><p></p><p></p><p></p></div>` : this.renderBody(article)}
      ${
        authorNames.length || signature
          ? html`<p part="author" class="authors">${authorNames.length ? authorNames.join(', ') : signature}</p>`
          : nothing
      }
      ${
        article.tags.length
          ? html`<div class="tags-line"><span class="tags-label" id="tags-label">${msg('Từ khóa:', { id: 'tags' })}</span>
              <ul part="tags" class="tags" aria-labelledby="tags-label">${article.tags.map((tag) => html`<li class="tag">${tag}</li>`)}</ul></div>`
          : nothing
      }
      ${renderAttachments(article.attachments, this.locale)}
      ${article.url ? html`<p part="address" class="address">${msg('Địa chỉ bài viết:', { id: 'article-address' })} ${article.url}</p>` : nothing}
    </article>
    ${
      // Under the body once it is drawn: appearing earlier, it would be pushed down when the body
      // replaces its skeleton (a layout shift on a slow phone).
      feed && !skeleton && this.sanitizing !== article ? this.renderAround(feed, article) : nothing
    }`;
  }

  /** "Tin trước" / "Tin sau", "Tin liên quan" and "Các tin khác" under `article`. */
  private renderAround(feed: Feed, article: Article): TemplateResult {
    const { related, other, previous, next } = this.aroundOf(feed, article);
    const list = (part: string, articles: Article[], heading: string | undefined) =>
      html`<tin-list part=${part} class=${part} exportparts="heading: ${part}-heading, item: ${part}-item, link: ${part}-link, source: ${part}-source"
        .feed=${feed} .chosen=${articles} .exclude=${article.id} .limit=${articles.length} .hrefFor=${this.hrefFor} .showSource=${this.showSource}
        .heading=${heading} .timeZone=${this.timeZone} .colorScheme=${this.colorScheme}></tin-list>`;
    return html`${
      previous || next
        ? html`<nav part="adjacent" class="adjacent" aria-label=${msg('Tin trước và tin sau', { id: 'adjacent-news' })}>${this.adjacentLink(previous, false)}${this.adjacentLink(next, true)}</nav>`
        : nothing
    }${related.length ? list('related', related, msg('Tin liên quan', { id: 'related-news' })) : nothing}${
      other.length ? list('other', other, this.otherHeading) : nothing
    }`;
  }

  private aroundOf(feed: Feed, article: Article): NonNullable<TinArticle['around']> {
    const relatedCount = this.relatedCount > 0 ? clampInt(this.relatedCount, 1, Infinity, 3) : 0;
    const otherCount = clampInt(this.otherCount, 1, Infinity, 5);
    const key = [feed, article, relatedCount, otherCount];
    if (this.around?.key.every((value, i) => value === key[i])) return this.around;
    const related = relatedArticles(feed.items, article, relatedCount);
    const { previous, next } = adjacentArticles(feed.items, article);
    // "Các tin khác" leaves out the related articles; "Tin trước" / "Tin sau" are a way through
    // the feed by date, not a list, and small feeds would otherwise have no "Các tin khác" at all.
    const listed = new Set(related);
    const other =
      this.otherCount > 0
        ? selectArticles(feed.items, { exclude: article.id })
            .filter((item) => !listed.has(item))
            .slice(0, otherCount)
        : [];
    return (this.around = { key, related, other, previous, next });
  }

  /** The link to the article before (`newer` false) or after `article` by date, if it has one. */
  private adjacentLink(article: Article | undefined, newer: boolean): TemplateResult | typeof nothing {
    const href = article && articleHref(this.hrefFor, article);
    if (!article || !href) return nothing;
    const label = newer ? msg('Tin sau', { id: 'next-news' }) : msg('Tin trước', { id: 'previous-news' });
    return html`<a part="adjacent-link ${newer ? 'next' : 'previous'}-link" class="adjacent-link ${newer ? 'next' : ''}" href=${href} @click=${selectOnClick(this, article)}>
      <span class="adjacent-label">${newer ? html`${label} <span aria-hidden="true">→</span>` : html`<span aria-hidden="true">←</span> ${label}`}</span>
      <span class="adjacent-title" lang=${ifDefined(article.language)}>${linkTitle(article)}</span></a>`;
  }

  /**
   * The body's text, to compare with the sapo; undefined while an HTML body is being sanitised (the
   * sapo waits for it with the lead image, so neither shows and then goes away).
   */
  private bodyText(article: Article): string | undefined {
    if (!article.contentHtml || this.asText === article) return article.contentText ?? article.summary ?? '';
    return this.body?.article === article ? (this.body.node.textContent ?? '') : undefined;
  }

  /** Whether the sapo is drawn: not when the body opens with it; at once when its markup cannot. */
  private showsSummary(article: Article, summary: string): boolean {
    const body = this.bodyText(article);
    return body === undefined ? !this.rawBody(article).mayRepeatSummary : !bodyRepeatsSummary(summary, body);
  }

  /** What the raw body markup tells before it is sanitised, read once per article (every render asks). */
  private raw?: { article: Article; mayRepeatSummary: boolean; mayHoldImage: boolean };

  private rawBody(article: Article): { mayRepeatSummary: boolean; mayHoldImage: boolean } {
    if (this.raw?.article !== article) {
      const html = article.contentHtml ?? '';
      const image = resourceSrc(article.image);
      this.raw = {
        article,
        mayRepeatSummary: !!article.summary && bodyMayRepeatSummary(article.summary, html),
        mayHoldImage: !!image && bodyMayHoldImage(image, html),
      };
    }
    return this.raw;
  }

  /**
   * The lead image, unless the body shows the same picture or it failed to load. A body whose
   * markup never names the picture's file cannot show it: the image is drawn with the text around
   * it (drawn once the body is in, it would push the body down). Otherwise it is decided once the
   * body is sanitised (its images are known then), so it never shows and then goes away.
   */
  private leadImage(article: Article): string | undefined {
    const src = resourceSrc(article.image);
    if (!src || src === this.failedLead) return undefined;
    if (!article.contentHtml || this.asText === article) return src;
    if (this.body?.article !== article) return this.rawBody(article).mayHoldImage ? undefined : src;
    const images = [...this.body.node.querySelectorAll('img')].map((img) => img.src);
    return bodyHasImage(src, images) ? undefined : src;
  }

  /**
   * The lead image, with the feed's renditions sized to the article's width; loaded when it comes
   * near if the article starts below the fold (a page with an article under its cards).
   */
  private renderLead(article: Article, src: string): TemplateResult {
    const choice = imageChoice(article, src);
    const box = isServer ? undefined : this.getBoundingClientRect();
    const sizes = box?.width ? `${Math.ceil(box.width)}px` : '100vw';
    return pictureOf(
      choice,
      sizes,
      html`<img src=${src} srcset=${ifDefined(choice.srcset)} sizes=${ifDefined(choice.srcset && sizes)} alt=""
        loading=${ifDefined(box && box.top >= innerHeight ? 'lazy' : undefined)} @error=${() => this.leadFailed(src)} />`,
    );
  }

  private leadFailed(src: string): void {
    this.failedLead = src;
    this.requestUpdate();
  }

  private renderBody(article: Article): TemplateResult {
    if (article.contentHtml) {
      if (this.body?.article === article) return html`${this.body.node}`;
      if (this.sanitizing === article) {
        return html`<div class="skeleton-body skeleton" aria-hidden="true"><p></p><p></p><p></p><p></p></div>`;
      }
    }
    // No HTML, or HTML that could not be sanitised (its chunk failed to load, or the markup threw).
    const paragraphs = (article.contentText ?? article.summary ?? '').split('\n').filter((p) => p.trim());
    return html`<div part="body" class="body" lang=${ifDefined(article.language)}>${paragraphs.map((p) => html`<p>${p}</p>`)}</div>`;
  }
}
