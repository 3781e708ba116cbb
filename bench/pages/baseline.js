// The hand-written vanilla baseline the library is measured against: plain custom elements
// (no framework, no templating library) that build, with createElement, the same shadow-DOM
// markup as <tin-list>, <tin-card> and <tin-feed>, adopt the same stylesheet text (copied at run
// time from the library elements' adoptedStyleSheets and served by the bench server), format
// dates in Vietnam's zone with Intl, and fire the same `tin-select` event (one delegated
// listener per shadow root). What a competent developer would write by hand for the same job.
import { STYLES } from '/__bench/baseline-styles.js';

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const SVG_NS = 'http://www.w3.org/2000/svg';
export const PLACEHOLDER_PATH =
  'M4 4h13v3h3v11a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4Zm2 2v12h10V6H6Zm12 3v9h.5a.5.5 0 0 0 .5-.5V9h-1ZM7 8h8v3H7V8Zm0 5h8v1.5H7V13Zm0 3h5v1.5H7V16Z';

// --- styles: one shared constructed sheet per text, made on first use ---------------------------
const sheetCache = new Map();
/** `cardTag`: the feed grid styles its cards by tag name. */
export function sheetsFor(kind, cardTag = 'vanilla-card') {
  const key = `${kind} ${cardTag}`;
  let sheets = sheetCache.get(key);
  if (!sheets) {
    sheets = STYLES[kind].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text.replaceAll('tin-card', cardTag));
      return sheet;
    });
    sheetCache.set(key, sheets);
  }
  return sheets;
}

// --- dates --------------------------------------------------------------------------------------
const formatters = new Map();
export function wallClock(date, timeZone) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const p = {};
  for (const part of format.formatToParts(date)) p[part.type] = part.value;
  const time = date.getTime();
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const offset = Math.round((wall - (time - (((time % 1000) + 1000) % 1000))) / 60_000);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const y = p.year.padStart(4, '0');
  return { y, mo: p.month, d: p.day, h: p.hour, mi: p.minute, iso: `${y}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${zone}` };
}

function timeElement(date, timeZone, text) {
  const clock = wallClock(date, timeZone);
  const time = document.createElement('time');
  time.setAttribute('part', 'date');
  time.setAttribute('class', 'date');
  time.setAttribute('datetime', clock.iso);
  time.textContent = text(clock);
  return time;
}
const listDate = (c) => `${c.d}/${c.mo}/${c.y}`;
export const cardDate = (c) => `${c.d}-${c.mo}-${c.y} ${c.h}:${c.mi}`;

// --- feed loading (for `src`): fetch, JSON, keep the fields shown, reject unsafe URLs -------------
function safeUrl(value, base, schemes) {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
const LINK = ['http:', 'https:', 'mailto:', 'tel:'];
const RESOURCE = ['http:', 'https:'];

export function parseFeed(json, base) {
  const items = [];
  for (const raw of Array.isArray(json?.items) ? json.items : []) {
    if (!raw || typeof raw !== 'object' || raw.id == null) continue;
    const published = typeof raw.date_published === 'string' ? new Date(raw.date_published) : undefined;
    items.push({
      id: String(raw.id).trim(),
      // An item without a language of its own is in the feed's, as the library reads it.
      language: typeof (raw.language ?? json.language) === 'string' ? (raw.language ?? json.language) : undefined,
      url: safeUrl(raw.url, base, LINK),
      title: typeof raw.title === 'string' ? raw.title.trim() : '',
      summary: typeof raw.summary === 'string' ? raw.summary.trim() : undefined,
      image: safeUrl(raw.image, base, RESOURCE),
      published: published && !Number.isNaN(published.getTime()) ? published : undefined,
    });
  }
  return { title: typeof json?.title === 'string' ? json.title : '', items };
}

export async function loadFeed(src) {
  const url = new URL(src, document.baseURI).href;
  const response = await fetch(url, { headers: { Accept: 'application/feed+json, application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return parseFeed(await response.json(), response.url || url);
}

export const newestFirst = (items) => [...items].sort((a, b) => (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity) || 0);

// --- selection: one listener per shadow root, the article found through a WeakMap -----------------
const articleOf = new WeakMap();
/** A click that follows the link in place (no modifier, main button): the one `tin-select` is for. */
export const isPlainClick = (event) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
function delegateSelect(host, root) {
  root.addEventListener('click', (event) => {
    if (!isPlainClick(event)) return;
    const link = event.target instanceof Element ? event.target.closest('a[part="link"]') : null;
    const article = link && articleOf.get(link);
    if (!article) return;
    const select = new CustomEvent('tin-select', { detail: { article }, bubbles: true, composed: true, cancelable: true });
    if (!host.dispatchEvent(select)) event.preventDefault();
  });
}

function link(href, article, text) {
  const a = document.createElement('a');
  a.setAttribute('part', 'link');
  a.setAttribute('href', href);
  a.textContent = text;
  articleOf.set(a, article);
  return a;
}

/** Base for the three elements: render once when connected with data, or after loading `src`. */
class VanillaElement extends HTMLElement {
  timeZone = DEFAULT_TIME_ZONE;
  /** Resolves when the element has rendered its data. */
  ready = new Promise((resolve) => (this.resolveReady = resolve));

  connectedCallback() {
    if (this.shadowRoot) return;
    const src = this.getAttribute('src');
    if (this.hasData()) this.renderNow();
    else if (src) {
      loadFeed(src).then((feed) => {
        this.feed = feed;
        this.renderNow();
      });
    }
  }

  renderNow() {
    const root = this.attachShadow(this.shadowOptions());
    root.adoptedStyleSheets = sheetsFor(this.styleKind);
    delegateSelect(this, root);
    this.render(root);
    this.resolveReady();
  }

  shadowOptions() {
    return { mode: 'open' };
  }
}

// --- <vanilla-list> ≙ <tin-list> -----------------------------------------------------------------
let headingIds = 0;

export class VanillaList extends VanillaElement {
  styleKind = 'list';
  feed;
  articles;
  limit = 5;
  headingLevel = 2;

  hasData() {
    return !!(this.articles || this.feed);
  }

  render(root) {
    const limit = Math.max(1, Math.floor(Number(this.getAttribute('limit') ?? this.limit)) || 5);
    const chosen = newestFirst(this.articles ?? this.feed.items);
    const id = `tin-list-heading-b${++headingIds}`;

    const section = document.createElement('section');
    section.setAttribute('part', 'list');
    section.setAttribute('class', 'list');
    section.setAttribute('aria-labelledby', id);
    const heading = document.createElement('div');
    heading.setAttribute('part', 'heading');
    heading.setAttribute('class', 'heading');
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', String(this.headingLevel));
    heading.id = id;
    heading.textContent = 'Các tin khác';
    section.append(heading);

    const ul = document.createElement('ul');
    ul.setAttribute('part', 'items');
    ul.setAttribute('class', 'items');
    this.appendItems(ul, chosen, 0, limit);
    section.append(ul);
    if (this.hasAttribute('load-more') && limit < chosen.length) {
      let shown = limit;
      const footer = moreButton(() => {
        this.appendItems(ul, chosen, shown, shown + limit);
        shown += limit;
        if (shown >= chosen.length) footer.remove();
      });
      section.append(footer);
    }
    // The polite live region the library's "Xem thêm" speaks through (empty until a click).
    if (this.hasAttribute('load-more')) {
      const status = document.createElement('p');
      status.setAttribute('class', 'visually-hidden');
      status.setAttribute('role', 'status');
      section.append(status);
    }
    root.append(section);
  }

  appendItems(ul, chosen, from, to) {
    for (const article of chosen.slice(from, to)) {
      const li = document.createElement('li');
      li.setAttribute('part', 'item');
      li.setAttribute('class', 'item');
      const href = article.url ?? article.externalUrl;
      const title = article.title || '(Không có tiêu đề)';
      const a = href ? link(href, article, title) : undefined;
      if (a && article.language) a.setAttribute('lang', article.language);
      li.append(a ?? title);
      if (article.published) {
        const span = document.createElement('span');
        span.setAttribute('class', 'item-date');
        span.append('(', timeElement(article.published, this.timeZone, listDate), ')');
        li.append(' ', span);
      }
      ul.append(li);
    }
  }
}

function moreButton(onClick) {
  const footer = document.createElement('div');
  footer.setAttribute('class', 'footer');
  const button = document.createElement('button');
  button.setAttribute('part', 'button more-button');
  button.setAttribute('class', 'button');
  button.setAttribute('type', 'button');
  button.setAttribute('aria-disabled', 'false');
  button.setAttribute('aria-busy', 'false');
  button.textContent = 'Xem thêm';
  button.addEventListener('click', onClick);
  footer.append(button);
  return footer;
}

// --- <vanilla-card> ≙ <tin-card> ------------------------------------------------------------------
export class VanillaCard extends VanillaElement {
  styleKind = 'card';
  article;
  /** Set by <vanilla-feed> (deep link); default: the article's own URL. */
  href;
  /** Unset = vertical; only the other layouts are reflected (as the library does). */
  layout;
  // Below the page's last heading, as the library's default: the bench pages have none, so 2.
  headingLevel = 2;

  hasData() {
    return !!this.article;
  }

  shadowOptions() {
    return { mode: 'open', delegatesFocus: true };
  }

  connectedCallback() {
    this.layout = this.getAttribute('layout') ?? this.layout;
    if (this.layout) this.setAttribute('layout', this.layout); // reflected, for the :host([layout]) styles
    super.connectedCallback();
  }

  render(root) {
    const article = this.article;
    const compact = this.layout === 'compact';
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const card = document.createElement('article');
    card.setAttribute('part', 'card');
    card.setAttribute('class', 'card');
    card.setAttribute('aria-busy', 'false');
    if (!compact) card.append(this.media(article));

    const body = document.createElement('div');
    body.setAttribute('class', 'body');
    body.setAttribute('aria-hidden', 'false');
    const title = document.createElement('div');
    title.setAttribute('part', 'title');
    title.setAttribute('class', 'title');
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', String(level));
    if (article.language) title.setAttribute('lang', article.language);
    const href = this.href ?? article.url ?? article.externalUrl;
    const text = article.title || '(Không có tiêu đề)';
    if (href) title.append(link(href, article, text));
    else {
      const span = document.createElement('span');
      span.setAttribute('class', 'item-text');
      span.textContent = text;
      title.append(span);
    }
    body.append(title);
    if (article.published) body.append(timeElement(article.published, this.timeZone, cardDate));
    if (!compact) {
      const summary = document.createElement('p');
      summary.setAttribute('part', 'summary');
      summary.setAttribute('class', 'summary');
      if (article.language) summary.setAttribute('lang', article.language);
      summary.textContent = article.summary ?? '';
      body.append(summary);
    }
    card.append(body);
    root.append(card);
  }

  media(article) {
    const media = document.createElement('div');
    media.setAttribute('part', 'media');
    media.setAttribute('class', 'media');
    const src = article.image ?? article.bannerImage;
    if (src) {
      const img = document.createElement('img');
      img.setAttribute('part', 'image');
      img.setAttribute('class', 'image');
      // As the library: the page's (or grid's) first card at once with high priority, the rest of
      // a grid's first row at once, every other lazily; decorative (the title link follows).
      const first = this.gridIndex === undefined ? this.getRootNode().querySelector('vanilla-card') === this : this.gridIndex === 0;
      img.setAttribute('loading', first || this.gridIndex < 3 ? 'eager' : 'lazy');
      if (first) img.setAttribute('fetchpriority', 'high');
      img.setAttribute('decoding', 'async');
      img.setAttribute('alt', '');
      img.setAttribute('src', src);
      img.addEventListener('error', () => img.replaceWith(placeholder()), { once: true });
      media.append(img);
    } else {
      media.append(placeholder());
    }
    return media;
  }
}

function placeholder() {
  const box = document.createElement('div');
  box.setAttribute('part', 'placeholder');
  box.setAttribute('class', 'placeholder');
  box.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', PLACEHOLDER_PATH);
  svg.append(path);
  box.append(svg);
  return box;
}

// --- <vanilla-feed> ≙ <tin-feed> (the grid view) --------------------------------------------------
export const EXPORT_PARTS =
  'card: card-box, image: card-image, title: card-title, link: card-link, date: card-date, summary: card-summary, source: card-source';

export class VanillaFeed extends VanillaElement {
  styleKind = 'feed';
  feed;

  hasData() {
    return !!this.feed;
  }

  connectedCallback() {
    this.style.setProperty('--_columns', String(Math.max(1, Math.floor(Number(this.getAttribute('columns') ?? 3)) || 3)));
    super.connectedCallback();
  }

  render(root) {
    const limit = Math.max(1, Math.floor(Number(this.getAttribute('limit') ?? 12)) || 12);
    const chosen = newestFirst(this.feed.items);
    const ul = document.createElement('ul');
    ul.setAttribute('part', 'grid');
    ul.setAttribute('class', 'grid');
    ul.setAttribute('aria-busy', 'false');
    root.append(ul);
    this.appendCards(ul, chosen, 0, limit);
    if (limit < chosen.length) {
      let shown = limit;
      const footer = moreButton(() => {
        this.appendCards(ul, chosen, shown, shown + limit);
        shown += limit;
        if (shown >= chosen.length) footer.remove();
      });
      root.append(footer);
    }
    // The polite live region the library's grid speaks "Xem thêm" through (empty until a click).
    const status = document.createElement('p');
    status.setAttribute('class', 'visually-hidden');
    status.setAttribute('role', 'status');
    root.append(status);
  }

  appendCards(ul, chosen, from, to) {
    const layout = this.getAttribute('layout');
    // Deep links keep the rest of the page's hash: #tin=<id>.
    const url = new URL(location.href);
    const params = new URLSearchParams(url.hash.slice(1));
    const fragment = document.createDocumentFragment();
    for (const [i, article] of chosen.slice(from, to).entries()) {
      params.set('tin', article.id);
      url.hash = params.toString();
      const card = document.createElement('vanilla-card');
      card.article = article;
      card.href = url.href;
      card.layout = layout ?? undefined;
      card.headingLevel = 2; // no heading of its own: the level below the page's, as the library's grid
      card.gridIndex = from + i;
      card.timeZone = this.timeZone;
      card.setAttribute('part', 'card');
      card.setAttribute('exportparts', EXPORT_PARTS);
      card.setAttribute('data-id', article.id);
      const li = document.createElement('li');
      li.append(card);
      fragment.append(li);
    }
    ul.append(fragment); // connected here: each card renders in its connectedCallback
  }
}

customElements.define('vanilla-list', VanillaList);
customElements.define('vanilla-card', VanillaCard);
customElements.define('vanilla-feed', VanillaFeed);
