/**
 * Search in lists and grids: the box, its result count, and the test each article must pass (a
 * word typed without marks matches with or without them; with marks, exactly). A chunk of its
 * own: only elements with `searchable` load it, before their first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '../feed/model.js';
import { msg, str } from '../i18n/locale.js';
import { type ArticleQuery, foldVietnamese, selectArticles } from './select-articles.js';

const hasDiacritics = (text: string) => foldVietnamese(text) !== text.toLowerCase();

export function matcher(search: string): ((article: Article) => boolean) | undefined {
  const query = search.normalize('NFC').trim();
  if (!query) return undefined;
  const exact = hasDiacritics(query);
  const prepare = exact ? (text: string) => text.toLowerCase() : foldVietnamese;
  const words = prepare(query).split(/\s+/);
  // Each typed word must begin a word of the article: Vietnamese is written in short syllables,
  // so "an" matching inside "nam" or "quan" would be noise.
  return (article) => {
    const haystack = ` ${prepare([article.title, article.summary ?? '', ...article.tags].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
    return words.every((word) => haystack.includes(` ${word}`));
  };
}

/**
 * The search field of lists and grids, and, once something is typed, how many articles match
 * (a status, so screen readers announce it). `onSearch` gets the new text.
 */
export function searchBox(query: string, count: number, onSearch: (query: string) => void): TemplateResult {
  const label = msg('Tìm kiếm tin', { id: 'search-label' });
  return html`<div class="search" role="search">
      <input part="search" type="search" .value=${query} aria-label=${label} placeholder=${label}
        @input=${(event: Event) => onSearch((event.target as HTMLInputElement).value)} />
    </div>
    ${query.trim() ? html`<p class="count" role="status">${msg(str`Tìm thấy ${count} tin`, { id: 'search-count' })}</p>` : nothing}`;
}

/** `selectArticles` with `query.search` applied (what the package entry exports). */
export const selectMatching = (items: readonly Article[], query: ArticleQuery = {}): Article[] =>
  selectArticles(items, query, query.search ? matcher(query.search) : undefined);
