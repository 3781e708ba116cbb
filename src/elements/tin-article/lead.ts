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

/**
 * False when the body's raw markup cannot open with the summary (its opening text, tags dropped,
 * starts otherwise), known before the body is sanitised, so the sapo is drawn at once. True when
 * only the sanitised body can tell: entities that may spell letters ("&agrave;"), or a style or
 * script whose text the sanitiser removes. Reads a bounded opening, in linear time.
 */
export function bodyMayRepeatSummary(summary: string, html: string): boolean {
  const opening = html.slice(0, 2048);
  if (/&(?!(?:nbsp|amp|quot|#160);)[#\w]{1,32};|<(?:style|script)/i.test(opening)) return true;
  return bodyRepeatsSummary(summary.slice(0, 200), opening.replace(/<[^<>]*>|&[#\w]{1,32};/g, ' '));
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
