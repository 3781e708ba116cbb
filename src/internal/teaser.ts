/**
 * How much of a text a preview shows at most: a card's summary (three lines by default), a title
 * where it links to its article. Past it a text is laid out for nothing.
 */
export const PREVIEW_MAX = 1000;

/**
 * The start of a long text, for a preview that shows a few lines of it: at most `max` characters,
 * cut at a space and marked with "…". RSS descriptions often hold a whole article; laying out
 * twenty of those in full under a three-line clamp costs a phone a long task for nothing seen.
 */
export function teaser(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  // A run without spaces (a URL, a crafted string) is cut where it is, but never inside a
  // character written as two UTF-16 units (an emoji, a rare Han character).
  let cut = space > max / 2 ? space : max;
  if (/[\udc00-\udfff]/.test(text[cut] ?? '')) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}
