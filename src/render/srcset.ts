/**
 * `srcset` with every candidate's URL checked: each one resolved against the article, its width
 * or density descriptor kept as written. One candidate with a scheme off the allow-list discards
 * the whole attribute (the image falls back to its `src`), as DOMPurify does, so both sanitiser
 * paths show the same image. Split the way
 * the HTML standard's srcset parser splits (a URL is a run without white space; a comma ends a
 * candidate outside parentheses), because URLs may themselves contain commas.
 */
import { safeUrl } from '../feed/urls.js';

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';

/** The candidates of a `srcset` value: each URL as written, with its descriptors. */
export function srcsetCandidates(value: string): { url: string; descriptors: string }[] {
  const candidates: { url: string; descriptors: string }[] = [];
  let at = 0;
  while (at < value.length) {
    while (isSpace(value[at]) || value[at] === ',') at++;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !isSpace(value[at])) at++;
    let url = value.slice(start, at);
    let descriptors = '';
    if (url.endsWith(',')) {
      while (url.endsWith(',')) url = url.slice(0, -1);
    } else {
      const from = at;
      let inParentheses = false;
      for (; at < value.length; at++) {
        const ch = value[at];
        if (ch === '(') inParentheses = true;
        else if (ch === ')') inParentheses = false;
        else if (ch === ',' && !inParentheses) break;
      }
      descriptors = value.slice(from, at).trim();
      at++;
    }
    if (url) candidates.push({ url, descriptors });
  }
  return candidates;
}

// A width, density or (legacy) height descriptor; anything else is not one the browser would use.
const DESCRIPTOR = /^(?:\d+[wh]|\d*\.?\d+(?:e[+-]?\d+)?x)?$/i;

/**
 * `value` with every candidate's URL made absolute, or undefined when one of them is not allowed
 * (or none is given). Descriptors must be real ones and a URL may not end in ",": otherwise what
 * is written back could split into candidates the check never saw ("a.jpg,&#1; data:…").
 */
export function safeSrcset(value: string, baseUrl: string | undefined): string | undefined {
  const kept: string[] = [];
  for (const { url, descriptors } of srcsetCandidates(value)) {
    const safe = safeUrl(url, baseUrl, 'resource');
    if (!safe || safe.endsWith(',') || !DESCRIPTOR.test(descriptors)) return undefined;
    kept.push(descriptors ? `${safe} ${descriptors}` : safe);
  }
  return kept.length ? kept.join(', ') : undefined;
}
