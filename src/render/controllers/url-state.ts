/**
 * The open article lives in the URL (`#tin=<id>` by default, or `?tin=<id>`), so back, reload
 * and shared links land on the same view. Each feed owns one parameter and leaves the rest of
 * the hash or query alone, so several feeds on one page (and the portal's own hash) coexist.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isPlainClick } from '../../internal/plain-click.js';

export type UrlMode = 'hash' | 'query';

function params(url: URL, mode: UrlMode): URLSearchParams {
  return new URLSearchParams(mode === 'hash' ? url.hash.replace(/^#/, '') : url.search);
}

export function readParam(key: string, mode: UrlMode, href: string = location.href): string | undefined {
  const value = params(new URL(href), mode).get(key);
  return value?.trim() || undefined;
}

/**
 * Builds links from `href` with `key` set to a value (removed for undefined), parsing `href` once:
 * a grid asks for one link per card.
 */
export function paramLinks(
  key: string,
  mode: UrlMode,
  href: string = location.href,
): (value: string | undefined) => string {
  const url = new URL(href);
  const search = params(url, mode);
  return (value) => {
    if (value === undefined) search.delete(key);
    else search.set(key, value);
    const text = search.toString();
    if (mode === 'hash') url.hash = text;
    else url.search = text;
    return url.href;
  };
}

/** `href` with `key` set to `value` (or removed when undefined). */
export const withParam = (
  key: string,
  value: string | undefined,
  mode: UrlMode,
  href: string = location.href,
): string => paramLinks(key, mode, href)(value);

const HISTORY_MARK = 'tin-widgets';

/** What the URL state needs of its element: where to keep the open article, and its own page-unique name. */
export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  urlMode?: unknown;
  urlParam?: unknown;
}

/**
 * `<tin-feed>`'s open article, kept in the URL: deep links for its cards, in-place opening of
 * those links, Back/Forward and reload, and each feed's own parameter when a page has several.
 * The element decides what opening and closing look like (`onNavigate`).
 */
export class ArticleUrlState implements ReactiveController {
  /** Id of the open article (mirrors the URL). */
  openId: string | undefined;
  private autoKey = 'tin';
  private readonly links = new Map<string, string>();
  private linksFor = '';
  private linkTo: (id: string) => string = (id) => id;
  private readonly onUrlChange = () => this.sync(true);

  constructor(
    private readonly host: UrlStateHost,
    /** Called when the open article changes: `previous` is the id that was open, `userAction` false on first load. */
    private readonly onNavigate: (id: string | undefined, previous: string | undefined, userAction: boolean) => void,
  ) {
    host.addController(this);
  }

  private get mode(): UrlMode {
    return this.host.urlMode === 'query' ? 'query' : 'hash';
  }

  private get key(): string {
    return (typeof this.host.urlParam === 'string' && this.host.urlParam.trim()) || this.autoKey;
  }

  hostConnected(): void {
    // Feeds without an explicit name take tin, tin-2, … in document order: stable across reloads.
    const unnamed = [...document.querySelectorAll(`${this.host.localName}:not([url-param])`)];
    const index = unnamed.indexOf(this.host);
    this.autoKey = index > 0 ? `tin-${index + 1}` : 'tin';
    window.addEventListener('popstate', this.onUrlChange);
    window.addEventListener('hashchange', this.onUrlChange);
    this.sync(false);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onUrlChange);
    window.removeEventListener('hashchange', this.onUrlChange);
  }

  /** The deep link that opens `article` here (remembered until the URL changes: a grid asks once per card). */
  readonly deepLink = (article: { readonly id: string }): string => {
    const context = `${location.href}|${this.key}|${this.mode}`;
    if (context !== this.linksFor) {
      this.linksFor = context;
      this.links.clear();
      this.linkTo = paramLinks(this.key, this.mode);
    }
    let link = this.links.get(article.id);
    if (!link) this.links.set(article.id, (link = this.linkTo(article.id)));
    return link;
  };

  /** Follows a plain click on one of this feed's deep links in place, instead of reloading the page. */
  readonly interceptLink = (event: Event): void => {
    if (event.defaultPrevented || !isPlainClick(event as MouseEvent)) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.href) return;
    const id = readParam(this.key, this.mode, anchor.href);
    const target = new URL(anchor.href);
    const here = new URL(location.href);
    if (!id || target.origin !== here.origin || target.pathname !== here.pathname) return;
    event.preventDefault();
    this.open(id);
  };

  /** Opens the article with `id`, as if its card had been clicked (a new history entry). */
  open(id: string): void {
    if (id === this.openId) return;
    history.pushState({ [HISTORY_MARK]: this.key }, '', withParam(this.key, id, this.mode));
    this.sync(true);
  }

  /** Back to the grid: history back when we added the entry, so the Back button stays consistent. */
  close(): void {
    if (!this.openId) return;
    const state = history.state as Record<string, unknown> | null;
    if (state?.[HISTORY_MARK] === this.key) {
      history.back();
    } else {
      history.pushState(null, '', withParam(this.key, undefined, this.mode));
      this.sync(true);
    }
  }

  private sync(userAction: boolean): void {
    const id = readParam(this.key, this.mode);
    if (id === this.openId) return;
    const previous = this.openId;
    this.openId = id;
    this.host.requestUpdate();
    this.onNavigate(id, previous, userAction);
  }
}
