/**
 * The render-time URL allow-list: every URL an element binds into `href` or `src` goes through
 * here, whatever produced it (a parser, a property set by code, an `hrefFor` callback), so a
 * `javascript:` link cannot reach the page by any path. Relative URLs resolve against the page.
 */
import { safeUrl } from '../feed/urls.js';

const pageBase = (): string | undefined => globalThis.document?.baseURI;

// Judged as the browser will resolve it (against the page), bound as written: a router that
// reads `getAttribute('href')` gets the "#tin=5" its hrefFor returned, not a rewritten URL.
const allowed = (value: unknown, use: 'link' | 'resource') =>
  safeUrl(value, pageBase(), use) ? (value as string) : undefined;

/** `value` as a link the page may follow (http, https, mailto, tel), else undefined. */
export const linkHref = (value: unknown): string | undefined => allowed(value, 'link');

/** `value` as a resource the page may load (http, https), else undefined. */
export const resourceSrc = (value: unknown): string | undefined => allowed(value, 'resource');
