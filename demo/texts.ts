// The demo pages' own words, in both languages: each page keeps a table of them and writes them
// into its elements marked `data-i18n` (text) or `data-i18n-label` (aria-label).
import type { Lang } from './snippet.js';

export type Texts = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/** Writes `texts` in `lang` into the marked elements the selectors find (default: the whole page's). */
export function applyTexts(texts: Texts, lang: Lang, marked = '[data-i18n]', labelled = '[data-i18n-label]'): void {
  for (const el of document.querySelectorAll<HTMLElement>(marked)) {
    const text = texts[el.dataset['i18n']!]?.[lang];
    if (text) el.textContent = text;
  }
  for (const el of document.querySelectorAll<HTMLElement>(labelled)) {
    const text = texts[el.dataset['i18nLabel']!]?.[lang];
    if (text) el.setAttribute('aria-label', text);
  }
}
