/**
 * The render-time URL allow-list: every URL an element binds into `href` or `src` goes through
 * here, whatever produced it (a parser, a property set by code, an `hrefFor` callback), so a
 * `javascript:` link cannot reach the page by any path. Relative URLs resolve against the page.
 */
import { safeUrl } from '../feed/urls.js';

// Each verdict, by use and value, for the page's current base: a list of a thousand items checks
// a thousand links at every render, mostly the same ones again. Bounded, and forgotten when the
// base changes (a `<base>` added, history moving).
const verdicts = new Map<string, boolean>();
let verdictsBase: string | undefined;

// Judged as the browser will resolve it (against the page), bound as written: a router that
// reads `getAttribute('href')` gets the "#tin=5" its hrefFor returned, not a rewritten URL.
function allowed(value: unknown, use: 'link' | 'resource'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const base = globalThis.document?.baseURI;
  if (base !== verdictsBase || verdicts.size >= 2000) {
    verdicts.clear();
    verdictsBase = base;
  }
  const key = use[0] + value;
  let verdict = verdicts.get(key);
  if (verdict === undefined) verdicts.set(key, (verdict = !!safeUrl(value, base, use)));
  return verdict ? value : undefined;
}

/** `value` as a link the page may follow (http, https, mailto, tel), else undefined. */
export const linkHref = (value: unknown): string | undefined => allowed(value, 'link');

/** `value` as a resource the page may load (http, https), else undefined. */
export const resourceSrc = (value: unknown): string | undefined => allowed(value, 'resource');
