/**
 * Pieces of article markup more than one element renders: the date (`<time>` in the feed's
 * zone), the link target, the selection hook, and the placeholder article the skeletons draw.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TinSelectEvent } from '../../events.js';
import { type Article, consoleWarn } from '../../feed/model.js';
import { formatDate, isoInZone } from '../format/dates.js';
import type { ImageChoice } from '../image-sources.js';
import { linkHref } from '../urls.js';
import { lazyModule } from '../../internal/lazy-module.js';
import { isPlainClick } from '../../internal/plain-click.js';

/** How dates read: `absolute` ("09-07-2019 09:03") or `relative` ("3 giờ trước", absolute after a week). */
export type DateStyle = 'absolute' | 'relative';

/** Builds the link for an article; the default is the article's own page. */
export type HrefFor = (article: Article) => string | undefined;

export const defaultHref: HrefFor = (article) => article.url ?? article.externalUrl;

/**
 * The link an element binds for `article`: whatever `hrefFor` returns (a portal's own callback
 * included) passes the render-time URL allow-list; a callback that throws or is not a function
 * leaves the title unlinked instead of breaking the element.
 */
export function articleHref(hrefFor: unknown, article: Article): string | undefined {
  if (typeof hrefFor !== 'function') return linkHref(defaultHref(article));
  try {
    return linkHref((hrefFor as HrefFor)(article));
  } catch (error) {
    consoleWarn('hrefFor threw:', error);
    return undefined;
  }
}

// The relative wording ("3 giờ trước") only elements with `date-style="relative"` use: they wait
// for it before rendering (as for a locale's messages), so no absolute date shows first. Without
// its chunk, dates stay absolute.
const relative = lazyModule(() => import('../format/relative-date.js'), { relativeDate: () => undefined });

/** Loads the relative wording; undefined once it is there. */
export const loadRelativeDates = relative.load;

/** How an element writes a date (its attributes, and where the date stands). */
export interface DateOptions {
  /** `date-format`, if set. */
  readonly pattern?: string;
  /** The element's own pattern, for no `date-format` or a bad one. */
  readonly fallback: string;
  readonly timeZone: string;
  readonly style?: DateStyle;
  readonly locale?: string;
  /** The date opens a line: a relative one is capitalised. */
  readonly lineStart?: boolean;
  /** In brackets after a list item's title, "(09/07/2019)", wrapped in `.item-date`. */
  readonly bracketed?: boolean;
}

/**
 * `<time datetime>` for `date`, or nothing for an undated article. Relative dates keep the exact one
 * as a tooltip.
 */
export function timeTemplate(
  date: Date | undefined,
  { pattern, fallback, timeZone, style = 'absolute', locale = 'vi', lineStart = false, bracketed }: DateOptions,
): TemplateResult | typeof nothing {
  if (!date) return nothing;
  const exact = formatDate(date, pattern, fallback, timeZone);
  const wording =
    style === 'relative' ? relative.get()?.relativeDate(date, new Date(), timeZone, locale, lineStart) : undefined;
  const iso = isoInZone(date, timeZone);
  const title = wording ? exact : undefined;
  // The brackets in the same template as the date: a list of a thousand items builds one per item, not two.
  return bracketed
    ? html`<span class="item-date">(<time part="date" class="date" datetime=${iso} title=${ifDefined(title)}>${wording ?? exact}</time>)</span>`
    : html`<time part="date" class="date" datetime=${iso} title=${ifDefined(title)}>${wording ?? exact}</time>`;
}

/**
 * Click handler for article links: fires the cancelable `tin-select` from `host`; a listener that
 * cancels it keeps the browser from following the link. Modified clicks (new tab) are left alone.
 */
export function selectOnClick(host: HTMLElement, article: Article) {
  return (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    if (!host.dispatchEvent(new TinSelectEvent({ article }))) event.preventDefault();
  };
}

/**
 * The `target` of an element's article links: `_blank` (any case) opens a new tab, always with
 * `rel="noopener noreferrer"` (`relOf`); any other value, a frame name included, keeps the same tab.
 */
export const targetOf = (value: unknown): '_blank' | undefined =>
  typeof value === 'string' && value.trim().toLowerCase() === '_blank' ? '_blank' : undefined;

/** The `rel` a link opened by `target` needs: the new tab gets no handle on the portal's page. */
export const relOf = (target: string | undefined): string | undefined => target && 'noopener noreferrer';

/**
 * Stand-in content for skeletons: the real layout with text of a real title's and summary's
 * length (hidden, so only its length matters), so nothing shifts when the article arrives.
 */
export const PLACEHOLDER_ARTICLE: Article = {
  id: '',
  title: 'Tin tức sự kiện '.repeat(5).trim(),
  summary: 'Nội dung tóm tắt bài viết '.repeat(6).trim(),
  published: new Date(Date.UTC(2026, 0, 1, 2, 0)),
  authors: [],
  tags: [],
  attachments: [],
};

/** `img` in a `<picture>` with a `<source>` per modern format of `choice`; alone when it has none. */
export const pictureOf = ({ sources }: ImageChoice, sizes: string, img: TemplateResult): TemplateResult =>
  sources.length
    ? html`<picture>${sources.map((s) => html`<source type=${s.type} srcset=${s.srcset} sizes=${sizes} />`)}${img}</picture>`
    : img;
