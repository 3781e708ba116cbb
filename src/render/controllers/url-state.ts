/**
 * What an element shows lives in the URL (`#tin=<id>` by default, or `?tin=<id>`; the page of a
 * paged list, `trang=<n>`), so back, reload and shared links land on the same view. Each element
 * owns its parameters and leaves the rest of the hash or query alone, so several feeds on one
 * page (and the portal's own hash) coexist.
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

/** What the URL state needs of its element: where to keep its state, and its own page-unique name. */
export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  urlMode?: unknown;
  urlParam?: unknown;
}

/**
 * One parameter of the URL owned by one element: its name (its own, or numbered in document
 * order), links that set it, following them in place (a new history entry), Back/Forward and
 * reload. The element decides what a change looks like (`onChange`).
 */
export class UrlParam implements ReactiveController {
  /** The parameter's value (mirrors the URL). */
  value: string | undefined;
  private autoKey: string;
  private readonly links = new Map<string | undefined, string>();
  private linksFor = '';
  private linkTo: (value: string | undefined) => string = (value) => value ?? '';
  private readonly onUrlChange = () => this.sync(true);

  constructor(
    private readonly host: UrlStateHost,
    /** The first unnamed element's parameter (`tin`); further ones are numbered (`tin-2`). */
    private readonly name: string,
    /** The elements numbered together, as a selector of those without `url-param`. */
    private readonly peers: string,
    /** The parameter of an element with `url-param="p"`. */
    private readonly named: (param: string) => string,
    /** Called when the value changes: `previous` is the one before, `userAction` false on first load. */
    private readonly onChange: (value: string | undefined, previous: string | undefined, userAction: boolean) => void,
  ) {
    this.autoKey = name;
    host.addController(this);
  }

  get mode(): UrlMode {
    return this.host.urlMode === 'query' ? 'query' : 'hash';
  }

  get key(): string {
    const own = typeof this.host.urlParam === 'string' && this.host.urlParam.trim();
    return own ? this.named(own) : this.autoKey;
  }

  hostConnected(): void {
    // Numbered in document order: stable across reloads.
    const index = [...document.querySelectorAll(this.peers)].indexOf(this.host);
    this.autoKey = index > 0 ? `${this.name}-${index + 1}` : this.name;
    window.addEventListener('popstate', this.onUrlChange);
    window.addEventListener('hashchange', this.onUrlChange);
    this.sync(false);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onUrlChange);
    window.removeEventListener('hashchange', this.onUrlChange);
  }

  /** This page's URL with the parameter set to `value` (remembered until the URL changes: a grid asks once per card). */
  link(value: string | undefined): string {
    const context = `${location.href}|${this.key}|${this.mode}`;
    if (context !== this.linksFor) {
      this.linksFor = context;
      this.links.clear();
      this.linkTo = paramLinks(this.key, this.mode);
    }
    let link = this.links.get(value);
    if (!link) this.links.set(value, (link = this.linkTo(value)));
    return link;
  }

  /**
   * Whether a click on a link should be followed in place: a plain click (not one for a new tab)
   * on a link to this page. Then it is: `go(value)` takes the place of the browser's navigation.
   */
  follows(event: Event): HTMLAnchorElement | undefined {
    if (event.defaultPrevented || !isPlainClick(event as MouseEvent)) return undefined;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor?.href) return undefined;
    const target = new URL(anchor.href);
    return target.origin === location.origin && target.pathname === location.pathname ? anchor : undefined;
  }

  /** Sets the value, as if one of its links had been followed (a new history entry). */
  go(value: string | undefined): void {
    if (value === this.value) return;
    history.pushState({ [HISTORY_MARK]: this.key }, '', withParam(this.key, value, this.mode));
    this.sync(true);
  }

  /** Sets the value in place of the current history entry (a state the visitor did not navigate to). */
  replace(value: string | undefined): void {
    if (value === this.value) return;
    history.replaceState(history.state, '', withParam(this.key, value, this.mode));
    this.sync(false);
  }

  /** Removes the value: history back when this element added the entry, so the Back button stays consistent. */
  clear(): void {
    if (!this.value) return;
    const state = history.state as Record<string, unknown> | null;
    if (state?.[HISTORY_MARK] === this.key) {
      history.back();
    } else {
      history.pushState(null, '', withParam(this.key, undefined, this.mode));
      this.sync(true);
    }
  }

  private sync(userAction: boolean): void {
    const value = readParam(this.key, this.mode);
    if (value === this.value) return;
    const previous = this.value;
    this.value = value;
    this.host.requestUpdate();
    this.onChange(value, previous, userAction);
  }
}
