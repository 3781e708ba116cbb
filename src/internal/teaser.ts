/**
 * The start of a long text, for a preview that shows a few lines of it: at most `max` characters,
 * cut at a space and marked with "…". RSS descriptions often hold a whole article; laying out
 * twenty of those in full under a three-line clamp costs a phone a long task for nothing seen.
 */
export function teaser(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  // A run without spaces (a URL, a crafted string) is cut where it is.
  return `${text.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}
