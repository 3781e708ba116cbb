/**
 * Which articles a list or grid shows, in what order: newest first (undated last), without the
 * excluded one, filtered by tag and by a search (render/search.ts), past the first `offset`.
 */
import type { Article } from '../feed/model.js';
import { clampInt } from '../internal/clamp.js';
import { cachedFormatter } from './format/intl-cache.js';

export interface ArticleQuery {
  /** Id to leave out (the article being read). */
  readonly exclude?: string | undefined;
  /** Only articles carrying this tag (case and diacritics must match loosely). */
  readonly tag?: string | undefined;
  /** Free text matched at word starts; "da nang" finds "Đà Nẵng", "Đà Nẵng" finds only "Đà Nẵng". */
  readonly search?: string | undefined;
  /**
   * How many of the chosen articles to skip (the ones a featured card above already shows).
   * Fractions round down; a negative number, `NaN`, `Infinity` or anything not a number skip none.
   */
  readonly offset?: unknown;
}

/** Lower-cases and strips diacritics, with đ → d, for accent-insensitive matching. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The order lists show: newest first, undated last, then by title. */
export const newestFirst = (a: Article, b: Article): number =>
  (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity) ||
  // Creating a collator loads ICU data (~10 ms): only for articles that share a date.
  cachedFormatter('cvi', () => new Intl.Collator('vi')).compare(a.title, b.title);

/**
 * The articles to show, in order. `matches` is the search's test (render/search.ts, a chunk of
 * its own that only searchable lists and grids load); `query.search` is read by the package
 * entry's `selectArticles`, which builds that test itself.
 */
export function selectArticles(
  items: readonly Article[],
  query: ArticleQuery = {},
  matches?: (article: Article) => boolean,
): Article[] {
  const tag = typeof query.tag === 'string' && query.tag.trim() ? foldVietnamese(query.tag.trim()) : undefined;
  const chosen = items.filter(
    (item) =>
      item.id !== query.exclude &&
      (!tag || item.tags.some((t) => foldVietnamese(t) === tag)) &&
      (!matches || matches(item)),
  );
  // Feeds nearly always list newest first: checking is linear, sorting 10,000 items is not.
  const sorted = chosen.every((item, i) => i === 0 || newestFirst(chosen[i - 1]!, item) <= 0);
  const ordered = sorted ? chosen : chosen.sort(newestFirst);
  const offset = clampInt(query.offset, 0, ordered.length, 0);
  return offset ? ordered.slice(offset) : ordered;
}
