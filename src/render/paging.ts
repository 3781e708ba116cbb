/**
 * Numbered pages (`paging="pages"` on `<tin-list>` and `<tin-feed>`): "‹ Trang trước 1 2 3 … 9
 * Trang sau ›", each a real link with the page in the URL (the element's `trang` parameter, in
 * the hash or the query like its article links), followed in place by a plain click. A lazy chunk
 * (src/chunks.ts): only elements that ask for pages load it (render/controllers/paging.ts).
 *
 * The number in the URL is the visitor's to type: whatever it says (0, -1, 9999, "abc"), the
 * nearest page that exists is shown. With `next_url` paging the pages are those of the items
 * loaded so far; asking for the page after them (its link, or a URL naming a later page) loads
 * the feed's next pages until it is filled or the feed ends (up to `FETCH_AHEAD` pages ahead).
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/locale.js';
import type { MoreController } from './controllers/more.js';
import { UrlParam, type UrlStateHost } from './controllers/url-state.js';
import { errorMessage, loadingLabel } from './messages.js';

const styles = css`
  .pages {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }
  .page,
  .gap,
  .pages-label {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.3em;
    box-sizing: border-box;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.25em 0.6em;
    font-variant-numeric: tabular-nums;
  }
  .page {
    color: var(--_accent);
    text-decoration: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .page:hover {
    border-color: var(--_accent);
  }
  .page:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .page[aria-current] {
    font-weight: 700;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .gap,
  .pages-label {
    color: var(--_muted);
  }
  @media print {
    .pagination {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .page {
      border-color: LinkText;
    }
    .page[aria-current] {
      color: Canvas;
      background: LinkText;
    }
  }
`;

/** How many pages past those loaded a URL may ask for and have the feed's next pages loaded for it. */
const FETCH_AHEAD = 10;

/** What paging needs of its element: its URL parameters' settings and its shadow root, for the styles. */
export interface PagedHost extends UrlStateHost, ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Page `raw` (from the URL) of `count`: a whole number in range, else the nearest page that exists. */
export function pageNumber(raw: string | undefined, count: number): number {
  const page = raw && /^\s*\d+\s*$/.test(raw) ? Number(raw) : 1;
  return Math.min(Math.max(page, 1), Math.max(count, 1));
}

/**
 * The pages to link around `current` of `count`, `0` standing for a gap ("…"): the first, the last,
 * the current one and its neighbours, in seven places at most, so the row keeps its width.
 */
export function pageRun(current: number, count: number): number[] {
  const from = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);
  if (count <= 7) return from(1, count);
  if (current <= 4) return [...from(1, 5), 0, count];
  if (current >= count - 3) return [1, 0, ...from(count - 4, count)];
  return [1, 0, current - 1, current, current + 1, 0, count];
}

export class Pager {
  private readonly param: UrlParam;
  /** The page shown at the last render, after clamping. */
  private page = 1;
  /** The last load of the feed's next page that a page asked for. */
  private fetching: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: PagedHost,
    private readonly more: MoreController,
  ) {
    // The first paged element without `url-param` keeps `trang`, the next `trang-2`…; one with
    // `url-param="p"` keeps `p-trang`, beside its article's `p`.
    this.param = new UrlParam(
      host,
      'trang',
      'tin-feed[paging="pages"]:not([url-param]),tin-list[paging="pages"]:not([url-param])',
      (param) => `${param}-trang`,
      (_value, _previous, userAction) => {
        this.more.error = undefined;
        if (userAction) void this.focusFirst();
      },
    );
    const sheet = styles.styleSheet;
    const root = host.renderRoot;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The items of `chosen` on the page the URL asks for, `pageSize` a page. */
  slice<T>(chosen: readonly T[], pageSize: number): readonly T[] {
    const count = Math.ceil(chosen.length / pageSize);
    const requested = pageNumber(this.param.value, Infinity);
    // A page after those loaded: the feed's next pages, one at a time, until it exists or the feed
    // ends; not for a number far past them (a typo should not fetch a whole archive).
    if (
      requested > count &&
      requested <= count + FETCH_AHEAD &&
      this.more.hasNextPage &&
      !this.more.loading &&
      !this.more.error
    )
      this.fetching = Promise.resolve().then(() => this.more.loadNext());
    this.page = pageNumber(this.param.value, count);
    return chosen.slice((this.page - 1) * pageSize, this.page * pageSize);
  }

  /** The page links for `total` items, `pageSize` a page; nothing when they fit on one page. */
  nav(total: number, pageSize: number): TemplateResult | typeof nothing {
    const count = Math.max(Math.ceil(total / pageSize), 1);
    const further = this.more.hasNextPage;
    if (count === 1 && !further) return nothing;
    const page = this.page;
    const label = msg('Trang', { id: 'page' });
    const link = (to: number, text: TemplateResult | string, part: string, rel?: string) =>
      html`<li><a part=${part ? `page-link ${part}` : 'page-link'} class="page" href=${this.param.link(to > 1 ? String(to) : undefined)}
          rel=${ifDefined(rel)} aria-current=${ifDefined(to === page && !rel ? 'page' : undefined)} @click=${(event: Event) => this.follow(event, to)}>${text}</a></li>`;
    return html`<nav part="pagination" class="pagination" aria-label=${msg('Phân trang', { id: 'pagination' })}
        aria-busy=${this.more.loading ? 'true' : 'false'}>
      <ul class="pages">
        ${page > 1 ? link(page - 1, html`<span aria-hidden="true">‹</span> ${msg('Trang trước', { id: 'previous-page' })}`, 'previous-page', 'prev') : nothing}
        <li class="pages-label" aria-hidden="true">${label}</li>
        ${pageRun(page, count).map((to) =>
          to
            ? link(to, html`<span class="visually-hidden">${label} </span>${to}`, to === page ? 'current-page' : '')
            : html`<li><span part="page-gap" class="gap">…</span></li>`,
        )}
        ${further ? html`<li><span part="page-gap" class="gap">…</span></li>` : nothing}
        ${page < count || further ? link(page + 1, html`${msg('Trang sau', { id: 'next-page' })} <span aria-hidden="true">›</span>`, 'next-page', 'next') : nothing}
      </ul>
      ${this.more.loading ? html`<p class="visually-hidden" role="status">${loadingLabel()}</p>` : nothing}
      ${this.more.error ? html`<p class="stale-note" role="alert">${errorMessage(this.more.error)}</p>` : nothing}
    </nav>`;
  }

  /** Back to the first page, in place (a new search: its results start there, no entry per keystroke). */
  first(): void {
    this.param.replace(undefined);
  }

  private follow(event: Event, page: number): void {
    if (!this.param.follows(event)) return;
    event.preventDefault();
    this.more.error = undefined;
    this.param.go(page > 1 ? String(page) : undefined);
  }

  /** After a change of page (a click, Back/Forward): the element in view, focus on the new page's first item. */
  private async focusFirst(): Promise<void> {
    // The page may need the feed's next pages first.
    let fetching;
    do {
      await (fetching = this.fetching);
      await this.host.updateComplete;
    } while (fetching !== this.fetching);
    if (this.host.getBoundingClientRect().top < 0) this.host.scrollIntoView({ block: 'start' });
    const item = this.more.itemAt(0);
    if (!item) return;
    await (item as { updateComplete?: Promise<unknown> }).updateComplete;
    item.focus({ preventScroll: true });
  }
}
