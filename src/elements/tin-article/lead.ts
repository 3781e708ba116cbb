/**
 * Whether the sapo (`summary`) and the lead image (`image`) are worth drawing above the body:
 * many CMSs also put the lead paragraph and the photo at the top of the body, and printing them
 * twice reads as a mistake.
 */
import { DROPPED_WITH_CONTENT } from '../../render/sanitize.js';

/** Letters and digits only, lower-case: "Sáng 09/7, Cụm…" and "sáng 09/7 cụm" are the same text. */
const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when the body's text opens with the summary (a summary cut short with "…" included). */
export function bodyRepeatsSummary(summary: string, bodyText: string): boolean {
  const lead = words(summary);
  // Only the opening of the body matters; a long body is not normalised whole.
  return !lead || words(bodyText.slice(0, summary.length * 2 + 64)).startsWith(lead);
}

/** Entities that stand for white space or punctuation only: any other may spell a letter ("&agrave;"). */
const SPACING_ENTITIES = new Set(['nbsp', '#160', 'amp', 'quot']);

/** Elements the sanitiser removes with their text (its own list). */
const TEXT_REMOVED = new Set(DROPPED_WITH_CONTENT);

/** A tag's name from what follows its "<" ("p class=x" → "p", "br/" → "br"), lower-case. */
function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && !' \t\n\r\f/>'.includes(html[end]!)) end++;
  return html.slice(from, end).toLowerCase();
}

/** Index of the ">" that closes the tag opened at `from`, past quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  for (let at = from + 1; at < html.length; at++) {
    const c = html[at];
    if (c === '>') return at;
    if (c === '"' || c === "'") {
      at = html.indexOf(c, at + 1);
      if (at < 0) return -1;
    }
  }
  return -1;
}

/**
 * The text a body's markup opens with, up to `length` characters, each tag, comment and spacing
 * entity read as a space; undefined when only the sanitised body can tell (an entity that may
 * spell a letter, an element the sanitiser removes with its text, a lone "&"). A scan with
 * `indexOf`, linear, never a pattern over the markup; it decides what to draw early, never what
 * reaches the page.
 */
function openingText(html: string, length: number): string | undefined {
  let text = '';
  // Where the next "&" is, searched again only once passed: a body without one is scanned once.
  let entity = html.indexOf('&');
  for (let at = 0; text.length < length;) {
    if (entity >= 0 && entity < at) entity = html.indexOf('&', at);
    const tag = html.indexOf('<', at);
    const next = tag < 0 ? entity : entity < 0 ? tag : Math.min(tag, entity);
    if (next < 0) return text + html.slice(at);
    text += `${html.slice(at, next)} `;
    let end: number;
    if (next === entity) {
      end = html.indexOf(';', next);
      // A lone "&" (no name, or none this short) is the sanitiser's to read.
      if (end < 0 || end - next > 12 || !SPACING_ENTITIES.has(html.slice(next + 1, end).toLowerCase()))
        return undefined;
    } else if (html.startsWith('<!--', next)) {
      end = html.indexOf('-->', next + 4);
      if (end < 0) return text; // a comment that never closes holds the rest, as the parser reads it
      end += 2;
    } else {
      end = tagEnd(html, next);
      // A tag that never closes holds the rest, as the parser reads it.
      if (end < 0) return text;
      if (TEXT_REMOVED.has(tagName(html, next + 1))) return undefined;
    }
    at = end + 1;
  }
  return text;
}

/**
 * False when the body's raw markup cannot open with the summary (its opening text starts
 * otherwise), known before the body is sanitised, so the sapo is drawn at once; true when it may,
 * or when only the sanitised body can tell.
 */
export function bodyMayRepeatSummary(summary: string, html: string): boolean {
  const lead = summary.slice(0, 200);
  const opening = openingText(html, lead.length * 2 + 64);
  return opening === undefined || bodyRepeatsSummary(lead, opening);
}

/**
 * The same picture in any of its sizes: the file name without query, fragment or a size suffix
 * ("anh-1-600x400.jpg", "anh-1_thumb.jpg" → "anh-1.jpg"); CMSs serve one photo from several paths.
 */
export function imageKey(url: string): string {
  const file = url.split(/[?#]/)[0]!.split('/').pop()!.toLowerCase();
  return file.replace(/[-_](\d+x\d+|thumb|small|medium|large)(?=\.\w+$)/, '');
}

/**
 * False when the body's markup cannot show the lead image's picture: its file name (without the
 * extension, so "anh-1-600x400.jpg" counts for "anh-1.jpg") is nowhere in it. Known before the
 * body is sanitised, so the lead image can be drawn at once instead of above a body already shown.
 */
export function bodyMayHoldImage(image: string, html: string): boolean {
  const name = imageKey(image).replace(/\.\w+$/, '');
  const lower = html.toLowerCase();
  // The URL is percent-encoded; the body may write a Vietnamese file name as it is.
  let decoded = name;
  try {
    decoded = decodeURIComponent(name).toLowerCase();
  } catch {
    // a stray "%" in a CMS file name: the name as written is all there is
  }
  return lower.includes(name) || lower.includes(decoded);
}

/** True when one of the body's image URLs is the lead image's picture. */
export const bodyHasImage = (image: string, bodyImages: readonly string[]) =>
  bodyImages.some((src) => imageKey(src) === imageKey(image));
