/**
 * The open article lives in the URL (`#tin=<id>` by default, or `?tin=<id>`), so back, reload
 * and shared links land on the same view. Each feed owns one parameter and leaves the rest of
 * the hash or query alone, so several feeds on one page (and the portal's own hash) coexist.
 */
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
export function paramLinks(key: string, mode: UrlMode, href: string = location.href): (value: string | undefined) => string {
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
export const withParam = (key: string, value: string | undefined, mode: UrlMode, href: string = location.href): string =>
  paramLinks(key, mode, href)(value);
