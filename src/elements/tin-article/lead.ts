/**
 * Whether the sapo (`summary`) and the lead image (`image`) are worth drawing above the body:
 * many CMSs also put the lead paragraph and the photo at the top of the body, and printing them
 * twice reads as a mistake.
 */

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

/** Elements whose text the sanitiser removes with them. */
const TEXT_REMOVED = new Set(['style', 'script']);

/** A tag's name from what its angle brackets hold ("p class=x" → "p", "br/" → "br"). */
function tagName(inside: string): string {
  let end = 0;
  while (end < inside.length && !' \t\n\r\f/'.includes(inside[end]!)) end++;
  return inside.slice(0, end);
}

/**
 * The text a body's markup opens with, up to `length` characters, each tag and spacing entity read
 * as a space; undefined when only the sanitised body can tell (an entity that may spell a letter,
 * a `<style>` or `<script>` whose text the sanitiser removes, a lone "&"). A scan with
 * `indexOf`, linear, never a pattern over the markup; it decides what to draw early, never what
 * reaches the page.
 */
function openingText(html: string, length: number): string | undefined {
  let text = '';
  for (let at = 0; text.length < length;) {
    const tag = html.indexOf('<', at);
    const entity = html.indexOf('&', at);
    const next = tag < 0 ? entity : entity < 0 ? tag : Math.min(tag, entity);
    if (next < 0) return text + html.slice(at);
    text += `${html.slice(at, next)} `;
    const end = html.indexOf(next === tag ? '>' : ';', next);
    // A tag that never closes holds the rest, as the parser reads it; a lone "&" is the sanitiser's.
    if (end < 0) return next === tag ? text : undefined;
    const inside = html.slice(next + 1, end).toLowerCase();
    if (next === tag ? TEXT_REMOVED.has(tagName(inside)) : !SPACING_ENTITIES.has(inside)) return undefined;
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
export const bodyMayHoldImage = (image: string, html: string) =>
  html.toLowerCase().includes(imageKey(image).replace(/\.\w+$/, ''));

/** True when one of the body's image URLs is the lead image's picture. */
export const bodyHasImage = (image: string, bodyImages: readonly string[]) =>
  bodyImages.some((src) => imageKey(src) === imageKey(image));
