/**
 * Search in lists and grids: the box, its result line, and the test each article must pass. A
 * chunk of its own: only elements with `searchable` load it, before their first render.
 *
 * Each typed word must begin a word of the article, and every mark typed must be there: "ha noi"
 * and "Hà Noi" find "Hà Nội", "đa nang" finds "Đà Nẵng", "Hà" finds neither "Ha" nor "Hạ". Where a
 * syllable's tone sits is a matter of style ("hoà"/"hòa", "uỷ"/"ủy"), so words are compared by
 * their tone apart from their letters. A word typed with a tone must also have its letters as
 * typed ("đà" is not "đầu"); one typed without a tone may carry marks its letters lack ("văn"
 * finds "Văn", "van" finds both).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '../feed/model.js';
import { type Locale, msg, str } from '../i18n/locale.js';
import { foldedWords as keyed } from '../internal/fold.js';
import { cachedFormatter } from './format/intl-cache.js';
import { type ArticleQuery, selectArticles } from './select-articles.js';

// Letters that a letter typed without marks also stands for.
const LOOSE: Record<string, string> = { a: '[aăâ]', d: '[dđ]', e: '[eê]', o: '[oôơ]', u: '[uư]' };

/** Each typed word as the pattern of the article word it must begin. */
const wordPatterns = (query: string): RegExp[] =>
  keyed(query)
    .split(' ')
    .slice(1)
    .map((word) => {
      const toneless = word[0] === '0';
      const letters = [...word.slice(1)].map((letter) => (toneless ? (LOOSE[letter] ?? letter) : letter));
      return new RegExp(` ${toneless ? '\\d' : word[0]}${letters.join('')}`, 'u');
    });

// Articles are immutable: each is keyed once, not on every keystroke.
const haystacks = new WeakMap<Article, string>();

export function matcher(search: string): ((article: Article) => boolean) | undefined {
  const patterns = wordPatterns(search);
  if (!patterns.length) return undefined;
  return (article) => {
    let haystack = haystacks.get(article);
    if (haystack === undefined)
      haystacks.set(article, (haystack = keyed(`${article.title} ${article.summary ?? ''} ${article.tags.join(' ')}`)));
    return patterns.every((pattern) => pattern.test(haystack));
  };
}

/** "Tìm thấy 3 tin phù hợp", or that nothing matched `query`; English tells one from many. */
function resultLine(query: string, count: number, locale: Locale): string {
  if (!count) return msg(str`Không tìm thấy tin nào phù hợp với “${query}”.`, { id: 'search-none' });
  const n = cachedFormatter(`i${locale}`, () => new Intl.NumberFormat(locale)).format(count);
  return cachedFormatter(`p${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one'
    ? msg(str`Tìm thấy ${n} tin phù hợp`, { id: 'search-count-one' })
    : msg(str`Tìm thấy ${n} tin phù hợp`, { id: 'search-count' });
}

/**
 * The search field of lists and grids, and, once something is typed, how many articles match
 * (a status, so screen readers announce it). `onSearch` gets the new text.
 */
export function searchBox(
  query: string,
  count: number | undefined,
  locale: Locale,
  onSearch: (query: string) => void,
): TemplateResult {
  const label = msg('Tìm kiếm tin', { id: 'search-label' });
  const typed = query.trim();
  return html`<div class="search" role="search">
      <input part="search" type="search" .value=${query} aria-label=${label} placeholder=${label}
        @input=${(event: Event) => onSearch((event.target as HTMLInputElement).value)} />
    </div>
    ${typed && count !== undefined ? html`<p class="count" role="status">${resultLine(typed, count, locale)}</p>` : nothing}`;
}

/** `selectArticles` with `query.search` applied (what the package entry exports). */
export const selectMatching = (items: readonly Article[], query: ArticleQuery = {}): Article[] =>
  selectArticles(items, query, query.search ? matcher(query.search) : undefined);
