/**
 * What an open article offers to read next: "Tin liên quan" (the feed's articles on the same
 * subject) and the articles just before and after it by date. Pure data work over the feed's
 * items; `<tin-article>` only renders the result.
 */
import type { Article } from '../feed/model.js';
import { foldedWords } from '../internal/fold.js';
import { foldVietnamese, newestFirst } from './select-articles.js';

/** Each word's key: tone digit, then letters ("hoà" and "hòa" are "2hoa"). */
const wordKeys = (text: string): string[] => foldedWords(text).split(' ').slice(1);

/**
 * Words that say nothing about a subject on a provincial portal ("năm", "tỉnh" are in half its
 * titles). Matched as written, before folding: folded, "năm" would also drop "Nam" (Việt Nam,
 * Quảng Nam) and "tỉnh" the "tình" of "tình hình".
 */
const STOP_WORDS = new Set(
  wordKeys('của và các những trong cho với được về tại năm ngày tỉnh là có đã sẽ để từ một này theo trên đến khi ở'),
);
// In a title typed without diacritics, the same words as typed there ("cua", "tinh", "cac"), but
// those that are also a name's syllable once bare ("da": đã and Đà Nẵng; "nam": năm and Quảng Nam).
const BARE_STOP_WORDS = new Set(
  [...STOP_WORDS].map((word) => foldVietnamese(word.slice(1))).filter((word) => word !== 'da' && word !== 'nam'),
);

/**
 * A title shares a subject with another only through two words or more: most Vietnamese words
 * are two syllables, and one syllable in common ("phát", "nông") is chance.
 */
const MIN_SHARED_WORDS = 2;

interface Terms {
  readonly tags: ReadonlySet<string>;
  /** The title's words (keyed: where the tone sits does not matter), and folded. */
  readonly words: ReadonlySet<string>;
  readonly folded: ReadonlySet<string>;
  /** A title typed without diacritics: only its folded words mean anything. */
  readonly bare: boolean;
}

// Articles are immutable: each title is split and folded once, not on every render.
const termsOf = new WeakMap<Article, Terms>();

function terms(article: Article): Terms {
  let found = termsOf.get(article);
  if (!found) {
    const words = new Set<string>();
    for (const word of wordKeys(article.title)) {
      // One letter or a bare number ("2026", "15") names no subject.
      if (word.length > 2 && !/^\p{N}+$/u.test(word.slice(1)) && !STOP_WORDS.has(word)) words.add(word);
    }
    const letters = [...words].map((word) => word.slice(1));
    const bare = [...words].every((word, i) => word[0] === '0' && foldVietnamese(letters[i]!) === letters[i]);
    const folded = new Set(letters.map(foldVietnamese).filter((word) => !bare || !BARE_STOP_WORDS.has(word)));
    found = { tags: new Set(article.tags.map(foldVietnamese)), words, folded, bare };
    termsOf.set(article, found);
  }
  return found;
}

const shared = (mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number => {
  let count = 0;
  for (const term of mine) if (theirs.has(term)) count++;
  return count;
};

/**
 * Up to `count` of `items` on the subject of `current`, most related first: more shared tags
 * first, then more shared title words (stop words not counted; a title without diacritics is
 * compared without them, so "da nang" is "Đà Nẵng"), then newest first. Never `current` itself (same id or same url); nothing that
 * shares neither a tag nor two title words.
 */
export function relatedArticles(items: readonly Article[], current: Article, count: number): Article[] {
  if (!(count >= 1)) return [];
  const own = terms(current);
  if (!own.tags.size && own.words.size < MIN_SHARED_WORDS) return [];
  const ranked: { article: Article; tags: number; words: number }[] = [];
  for (const article of items) {
    if (article.id === current.id || (current.url && article.url === current.url)) continue;
    const theirs = terms(article);
    const tags = shared(own.tags, theirs.tags);
    // Folding every title would make "án" and "an", "mạng" and "mang" one word: only a title
    // typed without diacritics is compared folded ("da nang" is "Đà Nẵng").
    const words = own.bare || theirs.bare ? shared(own.folded, theirs.folded) : shared(own.words, theirs.words);
    if (tags || words >= MIN_SHARED_WORDS) ranked.push({ article, tags, words });
  }
  return ranked
    .sort((a, b) => b.tags - a.tags || b.words - a.words || newestFirst(a.article, b.article))
    .slice(0, count)
    .map(({ article }) => article);
}

/**
 * The articles published just before (`previous`) and just after (`next`) `current`, among the
 * dated `items`; none for an undated `current`. Linear: no sort of the whole feed.
 */
export function adjacentArticles(
  items: readonly Article[],
  current: Article,
): { previous?: Article | undefined; next?: Article | undefined } {
  if (!current.published) return {};
  let previous: Article | undefined;
  let next: Article | undefined;
  for (const article of items) {
    if (article.id === current.id || !article.published) continue;
    const side = newestFirst(current, article);
    // An older article: the newest of them is the previous one; a newer: the oldest is the next.
    if (side < 0 && (!previous || newestFirst(article, previous) < 0)) previous = article;
    else if (side > 0 && (!next || newestFirst(next, article) < 0)) next = article;
  }
  return { previous, next };
}
