/**
 * The one place that decides whether a URL from a feed may reach the page.
 * A feed URL is resolved against its base (the item's URL, else the feed's), never against
 * the host page, and kept only when its scheme is on the allow-list.
 */

const RESOURCE_SCHEMES = new Set(['http:', 'https:']);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** What the URL will be used for: links may also be `mailto:`/`tel:`, resources may not. */
export type UrlUse = 'link' | 'resource';

/**
 * Resolves `value` against `base` and returns the absolute URL, or `undefined` when the value
 * is not a string, does not parse, or its scheme is not allowed for `use`.
 */
export function safeUrl(value: unknown, base: string | undefined, use: UrlUse = 'link'): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  let url: URL;
  try {
    // The URL parser is the browser's own: it strips the tabs, newlines and leading controls
    // that hide "javascript:" from naive checks, so the scheme judged is the one that would run.
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  const allowed = use === 'link' ? LINK_SCHEMES : RESOURCE_SCHEMES;
  return allowed.has(url.protocol) ? url.href : undefined;
}
