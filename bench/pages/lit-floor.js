// The "Lit floor" of figures b1–b3: the vanilla baseline's <vanilla-card> and <vanilla-feed>
// written as plain LitElement elements, the way a competent Lit developer would write them, and
// nothing else: the baseline's own feed loading, dates and stylesheets (imported from it), the
// same shadow-DOM markup (checked by the harness like the library's), no library code. The
// library must use Lit (issue 17: "Lit stays"), so what this costs over the baseline is the part
// of each b ratio that no Lit element can avoid; what the library costs over this is its own.
// Bundled with the same `lit` as the library by bench/lib/lit-floor.mjs at the start of a run.
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_TIME_ZONE,
  EXPORT_PARTS,
  PLACEHOLDER_PATH,
  cardDate,
  isPlainClick,
  loadFeed,
  newestFirst,
  sheetsFor,
  wallClock,
} from '/bench/pages/baseline.js';

const selectEvent = (article) =>
  new CustomEvent('tin-select', { detail: { article }, bubbles: true, composed: true, cancelable: true });

function onLinkClick(host, article) {
  return (event) => {
    if (!isPlainClick(event)) return;
    if (!host.dispatchEvent(selectEvent(article))) event.preventDefault();
  };
}

const placeholder = html`<div part="placeholder" class="placeholder" aria-hidden="true"><svg viewBox="0 0 24 24" focusable="false"><path fill="currentColor" d=${PLACEHOLDER_PATH}></path></svg></div>`;

class FloorElement extends LitElement {
  createRenderRoot() {
    const root = super.createRenderRoot();
    root.adoptedStyleSheets = sheetsFor(this.styleKind, 'lit-card');
    return root;
  }
}

// --- <lit-card> ≙ <vanilla-card> ≙ <tin-card> ------------------------------------------------------
export class LitCard extends FloorElement {
  static properties = {
    article: { attribute: false },
    href: { attribute: false },
    layout: { reflect: true },
    gridIndex: { attribute: false },
    broken: { state: true },
  };
  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  styleKind = 'card';
  headingLevel = 2;
  timeZone = DEFAULT_TIME_ZONE;

  render() {
    const article = this.article;
    if (!article) return nothing;
    const compact = this.layout === 'compact';
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const href = this.href ?? article.url ?? article.externalUrl;
    const text = article.title || '(Không có tiêu đề)';
    const lang = article.language ?? nothing;
    return html`<article part="card" class="card" aria-busy="false">${compact ? nothing : this.media(article)}<div class="body" aria-hidden="false"><div part="title" class="title" role="heading" aria-level=${level} lang=${lang}>${
      href
        ? html`<a part="link" href=${href} @click=${onLinkClick(this, article)}>${text}</a>`
        : html`<span class="item-text">${text}</span>`
    }</div>${article.published ? this.time(article.published) : nothing}${
      compact ? nothing : html`<p part="summary" class="summary" lang=${lang}>${article.summary ?? ''}</p>`
    }</div></article>`;
  }

  time(date) {
    const clock = wallClock(date, this.timeZone);
    return html`<time part="date" class="date" datetime=${clock.iso}>${cardDate(clock)}</time>`;
  }

  media(article) {
    const src = article.image ?? article.bannerImage;
    if (!src || this.broken) return html`<div part="media" class="media">${placeholder}</div>`;
    const first = this.gridIndex === undefined ? this.getRootNode().querySelector('lit-card') === this : this.gridIndex === 0;
    return html`<div part="media" class="media"><img part="image" class="image" loading=${first || this.gridIndex < 3 ? 'eager' : 'lazy'} fetchpriority=${first ? 'high' : nothing} decoding="async" alt="" src=${src} @error=${() => (this.broken = true)} /></div>`;
  }
}

// --- <lit-feed> ≙ <vanilla-feed> ≙ <tin-feed> (the grid view) ----------------------------------------
export class LitFeed extends FloorElement {
  static properties = {
    feed: { attribute: false },
    src: {},
    limit: { type: Number },
    layout: {},
    shown: { state: true },
  };
  styleKind = 'feed';
  timeZone = DEFAULT_TIME_ZONE;
  /** Resolves when the grid and all its cards have rendered (as the baseline's `ready`). */
  ready = new Promise((resolve) => (this.resolveReady = resolve));

  connectedCallback() {
    super.connectedCallback();
    this.style.setProperty('--_columns', String(Math.max(1, Math.floor(Number(this.getAttribute('columns') ?? 3)) || 3)));
    if (!this.feed && this.src) loadFeed(this.src).then((feed) => (this.feed = feed));
  }

  render() {
    if (!this.feed) return nothing;
    const limit = Math.max(1, Math.floor(this.limit ?? 12) || 12);
    const chosen = newestFirst(this.feed.items);
    const shown = chosen.slice(0, this.shown ?? limit);
    // Deep links keep the rest of the page's hash: #tin=<id>.
    const url = new URL(location.href);
    const params = new URLSearchParams(url.hash.slice(1));
    return html`<ul part="grid" class="grid" aria-busy="false">${repeat(
      shown,
      (article) => article.id,
      (article, i) => {
        params.set('tin', article.id);
        url.hash = params.toString();
        return html`<li><lit-card part="card" exportparts=${EXPORT_PARTS} data-id=${article.id} .article=${article} .href=${url.href} .layout=${this.layout ?? undefined} .gridIndex=${i} .timeZone=${this.timeZone}></lit-card></li>`;
      },
    )}</ul>${
      shown.length < chosen.length
        ? html`<div class="footer"><button part="button more-button" class="button" type="button" aria-disabled="false" aria-busy="false" @click=${() => (this.shown = shown.length + limit)}>Xem thêm</button></div>`
        : nothing
    }<p class="visually-hidden" role="status"></p>`;
  }

  async updated() {
    if (!this.feed) return;
    await Promise.all([...this.renderRoot.querySelectorAll('lit-card')].map((card) => card.updateComplete));
    this.resolveReady();
  }
}

customElements.define('lit-card', LitCard);
customElements.define('lit-feed', LitFeed);
